/**
 * Initials for a partner's typographic badge, shown where no logo has been supplied: the first
 * letter of each capitalised word of the organisation's own name, at most three.
 * @example badgeInitials('Transilvania IT Cluster') // 'TIC'
 * @example badgeInitials('Cluster Digital de Catalunya') // 'CDC'
 */
export function badgeInitials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const initials = words.map((w) => w[0]!).join('');
  return (initials || name.slice(0, 1).toUpperCase()).slice(0, 3);
}
