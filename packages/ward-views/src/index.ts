export type { Breakdown, IndicatorDefinition } from "./catalogue.ts";
export {
  breakdowns,
  catalogueFilePath,
  definitionFingerprint,
  indicatorDefinition,
  latestDefinitions,
  loadCatalogue,
  parseCatalogue,
} from "./catalogue.ts";
export type { LagRelation, QuarterFigure } from "./domain/lagged-relation.ts";
export { laggedRelation } from "./domain/lagged-relation.ts";
export type { PilotWard, WardChange, WardEventInput } from "./domain/ward-changes.ts";
export { pilotWards, quarterOf, wardChangesOf } from "./domain/ward-changes.ts";
export type { Figure, FigureQuery, PublicationOptions } from "./figures.ts";
export {
  DISTRICT,
  familiesOf,
  familyFigures,
  grantAnalystView,
  migratePublication,
  periodsOf,
  publishedPosition,
  publishWardFigures,
  readFigures,
  wardList,
} from "./figures.ts";
export type { AnalyticsBasis } from "./indicator-sql.ts";
export type { Release, ReleaseChange, ReleaseQuery } from "./release-register.ts";
export { readReleases } from "./release-register.ts";
export { wardProjection, wardTables } from "./ward-projection.ts";
export type { Waterbed, WaterbedQuarter } from "./waterbed.ts";
export { readWaterbed, waterbedIndicators } from "./waterbed.ts";
