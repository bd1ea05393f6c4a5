import {
  CatalogEditionSchema,
  DraftEditionCreateSchema,
  EditableDevelopmentSchema,
  EditableEditionSchema,
  EditableLineSchema,
  EditionDevelopmentCreateSchema,
  EditionDevelopmentParamsSchema,
  EditionDevelopmentPatchSchema,
  EditionLineCreateSchema,
  EditionLineParamsSchema,
  EditionLinePatchSchema,
  EditionParamsSchema,
} from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { errorAnswers, scopedRoutes } from '../scoped-routes.ts';
import { createDraftEdition } from '../../services/catalog-editing/create-draft-edition.ts';
import { getEditableEdition } from '../../services/catalog-editing/get-editable-edition.ts';
import { addDevelopment } from '../../services/catalog-editing/add-development.ts';
import { updateDevelopment } from '../../services/catalog-editing/update-development.ts';
import { retireDevelopment } from '../../services/catalog-editing/retire-development.ts';
import { addLine } from '../../services/catalog-editing/add-line.ts';
import { updateLine } from '../../services/catalog-editing/update-line.ts';
import { retireLine } from '../../services/catalog-editing/retire-line.ts';
import { retireEdition } from '../../services/catalog-editing/retire-edition.ts';

const errors = errorAnswers(400, 404, 409);

/**
 * Administrator: a draft edition as a copy of a published one, then developments and lines added,
 * edited and retired in it. Publishing is POST /catalog/editions/:editionId/publish (catalog import).
 */
export const catalogEditingRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = scopedRoutes(app, deps, { tags: ['catalog-editing'], errors });
  const edition = { params: EditionParamsSchema };
  const development = { params: EditionDevelopmentParamsSchema };
  const line = { params: EditionLineParamsSchema };

  routes.get(
    '/editions/:editionId/editing',
    {
      ...edition,
      description: 'Volledige editie voor Beheer, inclusief ingetrokken regels.',
      ok: EditableEditionSchema,
    },
    (scope, { params }) => getEditableEdition(scope, params.editionId),
  );
  routes.post(
    '/editions/:editionId/drafts',
    {
      ...edition,
      description: 'Nieuwe conceptversie als kopie van een gepubliceerde editie.',
      body: DraftEditionCreateSchema,
      created: CatalogEditionSchema,
    },
    (scope, { params, body }) => createDraftEdition(scope, params.editionId, body),
  );
  routes.post(
    '/editions/:editionId/retire',
    {
      ...edition,
      description:
        'Gepubliceerde editie intrekken: bestaande begrotingen houden haar, nieuwe gebruiken de nieuwste nog gepubliceerde editie.',
      ok: CatalogEditionSchema,
    },
    (scope, { params }) => retireEdition(scope, params.editionId),
  );

  routes.post(
    '/editions/:editionId/developments',
    { ...edition, body: EditionDevelopmentCreateSchema, created: EditableDevelopmentSchema },
    (scope, { params, body }) => addDevelopment(scope, params.editionId, body),
  );
  routes.patch(
    '/editions/:editionId/developments/:developmentId',
    { ...development, body: EditionDevelopmentPatchSchema, ok: EditableDevelopmentSchema },
    (scope, { params, body }) => updateDevelopment(scope, params.editionId, params.developmentId, body),
  );
  routes.post(
    '/editions/:editionId/developments/:developmentId/retire',
    { ...development, ok: EditableDevelopmentSchema },
    (scope, { params }) => retireDevelopment(scope, params.editionId, params.developmentId),
  );

  routes.post(
    '/editions/:editionId/lines',
    { ...edition, body: EditionLineCreateSchema, created: EditableLineSchema },
    (scope, { params, body }) => addLine(scope, params.editionId, body),
  );
  routes.patch(
    '/editions/:editionId/lines/:lineId',
    { ...line, body: EditionLinePatchSchema, ok: EditableLineSchema },
    (scope, { params, body }) => updateLine(scope, params.editionId, params.lineId, body),
  );
  routes.post('/editions/:editionId/lines/:lineId/retire', { ...line, ok: EditableLineSchema }, (scope, { params }) =>
    retireLine(scope, params.editionId, params.lineId),
  );
};
