/** Colours and series names the dashboard's charts and their callers share (no recharts here). */
export const CHART_COLORS = { incidental: '#154273', structural: '#a04000', capital: '#2e6b30', investment: '#5b2a86' };

export const PER_INHABITANT_SERIES = 'Structureel per inwoner';
