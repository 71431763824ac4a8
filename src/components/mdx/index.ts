import Callout from './Callout.astro';
import Figure from './Figure.astro';
import StatGrid from './StatGrid.astro';
import PartnerCard from './PartnerCard.astro';
import Chart from './Chart.astro';

/** The components editors may use in MDX without importing them (documented in content/README.md). */
export const mdxComponents = { Callout, Figure, StatGrid, PartnerCard, Chart };
