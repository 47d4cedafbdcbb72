/** The sustainability indicators' pages, loaded as one chunk (App.tsx). */
export { IndicatorListPage } from './IndicatorListPage.js';
export { IndicatorPage } from './IndicatorPage.js';
