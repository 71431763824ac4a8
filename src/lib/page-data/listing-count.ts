import type { ListedCollection } from '../content/collections';
import type { UiKey } from '../../i18n/translator';

/**
 * Collections whose items are not publications, so their count names what they list.
 * The others ("5 publications") share listing.count.
 */
const ownCountKeys: Partial<Record<ListedCollection, UiKey>> = {
  partners: 'collections.partners.count',
};

/**
 * The counted UI string for a listing's total: "5 partners" on the partners listing, "5 publications" elsewhere.
 * @example chooseListingCountKey('partners') // 'collections.partners.count'
 * @example chooseListingCountKey('news') // 'listing.count'
 */
export function chooseListingCountKey(collection: ListedCollection): UiKey {
  return ownCountKeys[collection] ?? 'listing.count';
}
