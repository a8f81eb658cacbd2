export type {
  AccessChanges,
  AccessPlan,
  Acl,
  Operation,
  PartnerEntry,
  PlanOptions,
  ResourceType,
  TopicSpec,
} from "./domain/access-plan.ts";
export {
  describeChanges,
  diffAccess,
  gatewayUser,
  opsUser,
  partnerUser,
  planAccess,
  plannedUsers,
  planScope,
  principalOf,
  recorderUser,
  transactionalIdPrefix,
} from "./domain/access-plan.ts";
export type { AdminConnection, ProvisionResult } from "./provision.ts";
export { provisionAccess, provisionKafka } from "./provision.ts";
