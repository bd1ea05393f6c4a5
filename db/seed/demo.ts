// The demo organisation the seed creates; its demo users (advisor, manager, administrator) are
// added at start-up by apps/api/src/services/auth/ensure-demo-users.ts.
export const DEMO_ORGANISATION = {
  slug: 'demo',
  name: 'Demo-gemeente (voorbeeld)',
  // Budget holders modelled on De Bilt's organisation (docs/user-guide.md).
  orgUnits: ['Eenheid Inwonerplein', 'Eenheid Gebieden', 'Centrale ondersteuning', 'Team strategie', 'Directie'],
} as const;

/** Name of the catalog edition the seed loads; the catalog itself publishes no year (see its editionNote). */
export const MODELGEMEENTE_EDITION_NAME = 'Modelgemeente (M&I/Partners), editie 2023';
