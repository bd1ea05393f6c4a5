import type { PublicScope } from '../request-scope.ts';
import { suggestProfile, type LineInput, type Profile } from '@app/engine';
import type { CalculationRequest } from '@app/schemas';
import { invalidField } from '../../errors.ts';
import { requestedEdition, type DefaultAssumptions, type EditionData } from '../reference-data/reference-cache.ts';
import { buildCalculationInput } from '../engine-input/build-input.ts';
import { toModelProfile } from '../engine-input/mappers.ts';
import { findMunicipality } from '../municipalities/find-municipality.ts';
import { runEngine, type EngineOutput } from '../run-engine.ts';

/** Overrides arrive as LineInput fields; identity fields are never taken from them. */
function applyOverride(line: LineInput, override: Record<string, unknown>): LineInput {
  const { lineId: _lineId, ...fields } = override;
  return { ...line, ...fields, id: line.id, developmentId: line.developmentId, provenance: line.provenance };
}

export interface CalculationOutput {
  /** The full engine output (input included), for services such as the stateless export. */
  output: EngineOutput;
  /** The HTTP response serialized (UTF-8) once — input only when asked for; identical requests reuse it. */
  json: Buffer;
}

/**
 * The engine is deterministic and a published edition never changes, so a stateless result depends
 * only on the request, the edition and the default assumptions. Results are kept per defaults object
 * (a WeakMap: when the defaults are reloaded, the old results go with them), a bounded number each.
 */
const resultsByDefaults = new WeakMap<DefaultAssumptions, Map<string, CalculationOutput>>();
const MAX_CACHED_RESULTS = 64;
const MAX_CACHED_JSON_LENGTH = 1_000_000;

function cachedResults(defaults: DefaultAssumptions): Map<string, CalculationOutput> {
  let results = resultsByDefaults.get(defaults);
  if (!results) resultsByDefaults.set(defaults, (results = new Map()));
  return results;
}

/**
 * Stateless calculation: the current (or given) edition rescaled to a profile, with per-request
 * assumptions and overrides. Nothing is stored.
 */
export async function computeCalculation(scope: PublicScope, request: CalculationRequest): Promise<EngineOutput> {
  // A fresh object the caller may change freely (never one shared through the result cache).
  return (await computeCalculationWithJson(scope, request, { useCache: false })).output;
}

/**
 * computeCalculation plus the serialized response; identical requests share one cached result,
 * so its `output` must be treated as read-only.
 */
export async function computeCalculationWithJson(
  scope: PublicScope,
  request: CalculationRequest,
  options: { useCache?: boolean } = {},
): Promise<CalculationOutput> {
  const { db, cache, organisationId } = scope;
  const data = await requestedEdition(db, cache, request.editionId);

  const defaults = await cache.defaultAssumptions(db, organisationId);
  const cacheable = options.useCache !== false && data.edition.status === 'published';
  const key = `${data.edition.id}\n${JSON.stringify(request)}`;
  const results = cachedResults(defaults);
  const hit = cacheable ? results.get(key) : undefined;
  if (hit) {
    // Re-insert to keep the map in least-recently-used order.
    results.delete(key);
    results.set(key, hit);
    return hit;
  }

  let profile: Profile;
  if (request.profile) {
    profile = request.profile;
  } else {
    const municipality = request.cbsCode ? await findMunicipality(db, request.cbsCode) : undefined;
    if (!municipality) throw invalidField('body.cbsCode', `is geen bekende gemeente (${request.cbsCode ?? ''})`);
    profile = suggestProfile(municipality.inhabitants, toModelProfile(data.edition), await cache.staffRatios(db));
  }
  const output = buildAndRun(data, profile, defaults, request);
  if (cacheable && output.json.length <= MAX_CACHED_JSON_LENGTH) {
    results.set(key, output);
    if (results.size > MAX_CACHED_RESULTS) results.delete(results.keys().next().value as string);
  }
  return output;
}

function buildAndRun(
  data: EditionData,
  profile: Profile,
  defaults: DefaultAssumptions,
  request: CalculationRequest,
): CalculationOutput {
  const disabled = new Set(request.disabledDevelopments ?? []);
  request.disabledDevelopments?.forEach((id, index) => {
    if (!data.developmentById.has(id))
      throw invalidField(`body.disabledDevelopments.${index}`, `is geen ontwikkeling in deze editie (${id})`);
  });

  const overrides = new Map<string, Record<string, unknown>>();
  request.overrides?.forEach((override, index) => {
    const line = data.lineInputs.get(override.lineId);
    if (!line)
      throw invalidField(`body.overrides.${index}.lineId`, `is geen regel in deze editie (${override.lineId})`);
    overrides.set(override.lineId, override);
  });

  const lines: LineInput[] = [];
  // The catalogue's lines that an override changes: the traces name model and own values apart.
  const modelLines = new Map<string, LineInput>();
  for (const row of data.lines) {
    if (row.retired) continue;
    const line = data.lineInputs.get(row.id);
    if (!line) continue;
    const override = overrides.get(row.id);
    if (override) modelLines.set(line.id, line);
    lines.push(override ? applyOverride(line, override) : line);
  }

  const input = buildCalculationInput(data, {
    profile,
    firstYear: request.firstYear,
    horizonYears: request.horizonYears,
    assumptions: { ...defaults.assumptions, ...request.assumptions },
    includeExamples: request.includeExamples,
    developments: data.developments.map((development) => ({
      developmentId: development.id,
      startYear: null,
      enabled: !disabled.has(development.id),
    })),
    lines,
  });
  const output = runEngine(input, { traces: request.traces, modelLines });
  const response = request.includeInput
    ? output
    : { result: output.result, ...(output.traces ? { traces: output.traces } : {}) };
  return { output, json: Buffer.from(JSON.stringify(response)) };
}
