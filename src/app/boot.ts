// Entry point, kept tiny: start fetching the dataset, then load the app. The styles are linked from
// here so that they arrive with the page, not after the app's code.
import './zodJitless.ts';
import { datasetUrl } from './data/datasetUrl.ts';
import { startEarlyFetch } from './data/earlyFetch.ts';
import { isCollectionUrl } from './collections/collectionUrl.ts';
import { isEmbed } from './export/embed.ts';
import './theme.css';
import './layout.css';
import './components.css';
import './timeline/timeline.css';
import './source/source.css';
import './export/export.css';
import './overflow/overflow.css';
import './views/views.css';
import './collections/collections.css';
import './diagnostics/diagnostics.css';

if (isEmbed(window.location.search)) document.documentElement.classList.add('embed');
const url = datasetUrl(window.location, document.baseURI);
if (!isCollectionUrl(url)) startEarlyFetch(url);
void import('./main.tsx');
