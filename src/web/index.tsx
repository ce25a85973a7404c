import { createRoot } from 'react-dom/client';
import { WebPage } from './WebPage';

/** Entry of the standalone web page (index.html): the shell paints first; ExcelJS and the app load on a file. */
const container = document.getElementById('container');
if (container) createRoot(container).render(<WebPage />);
