/** Shapes the catalog of secret guides for the home and /secrets/ pages. */
import { CATEGORIES, CATEGORY_TITLES, type Category } from '../schemas/secret';

export interface CatalogItem {
  id: string;
  name: string;
  provider: string;
  category: Category;
  summary: string;
  prefixes: string[];
}

export interface CatalogGroup {
  category: Category;
  title: string;
  items: CatalogItem[];
}

/** Groups guides by category in the schema's category order, names sorted within a group; empty groups are left out. */
export function groupByCategory(items: CatalogItem[]): CatalogGroup[] {
  return CATEGORIES.map((category) => ({
    category,
    title: CATEGORY_TITLES[category],
    items: items.filter((item) => item.category === category).sort((a, b) => a.name.localeCompare(b.name, 'en')),
  })).filter((group) => group.items.length > 0);
}
