/** The API's DTOs come from the shared contract in @app/schemas; the web app adds no shapes of its own. */
export type {
  Benchmark,
  BudgetDetail,
  BudgetDevelopment,
  BudgetLine,
  BudgetSummary,
  CalculationResponse,
  Catalog as CatalogTree,
  CatalogDevelopment,
  CatalogDomain,
  CatalogEdition,
  CatalogLine,
  CompareResponse,
  Municipality,
  OrgUnit,
  ReferenceData,
  ErrorResponse as ApiErrorBody,
} from '@app/schemas';
