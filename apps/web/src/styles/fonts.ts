// The theme's fonts ('Noto Sans' for text and controls, 'Noto Serif' for headings), bundled with
// the app (CSP: font-src 'self') so every screen, label and chart renders the same everywhere
// instead of falling back to whatever the device has (often Times). Each file declares all
// subsets with a unicode-range, so a browser downloads only the latin files it needs.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/400-italic.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-serif/400.css';
import '@fontsource/noto-serif/700.css';
