import type { BrowserContext, Page } from '@playwright/test';

/**
 * The browser's private file system (OPFS) standing in for a folder on the editor's computer, so that
 * the editor's "Work with Local Repository" can be driven headless: the folder picker answers with the
 * OPFS root, the test fills it with a clone's files and reads back what the editor wrote.
 */

/** Makes the folder picker return the OPFS root; must run before the editor's script starts. */
export async function useOpfsAsFolderPicker(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = () => navigator.storage.getDirectory();
  });
}

/** Writes files (path relative to the folder → text) into the page origin's OPFS. */
export async function writeOpfs(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(async (entries) => {
    const root = await navigator.storage.getDirectory();
    for (const [path, text] of entries) {
      const parts = path.split('/');
      const name = parts.pop()!;
      let dir = root;
      for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, Object.entries(files));
}

/** Every file in the page origin's OPFS (path → text), `.git/` left out. */
export async function readOpfs(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') {
          if (prefix === '' && name === '.git') continue;
          await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        } else {
          out[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
        }
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    return out;
  });
}
