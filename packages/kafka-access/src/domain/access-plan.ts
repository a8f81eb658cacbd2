import { deadLetterReaderGroupPrefix } from "@bz/contracts";

/**
 * Who may do what on Kafka, as data (ADR 0041): from the partner catalogue to the topics and ACLs
 * the broker must hold, and the difference from what it holds. Pure: no I/O.
 */

/** What the plan needs to know of a partner (the catalogue's PartnerInfo fits). */
export interface PartnerEntry {
  id: string;
  slug: string;
}

export type ResourceType = "TOPIC" | "GROUP" | "TRANSACTIONAL_ID";
export type Operation = "READ" | "WRITE" | "CREATE" | "DESCRIBE";

/**
 * One ALLOW entry: a principal may do `operation` on the resource of that exact (LITERAL) name, or
 * with `prefixed` on every resource whose name starts with it.
 */
export interface Acl {
  principal: string;
  resourceType: ResourceType;
  resourceName: string;
  operation: Operation;
  prefixed?: true;
}

export interface TopicSpec {
  name: string;
  partitions: number;
}

/** The broker state the catalogue asks for. */
export interface AccessPlan {
  topics: TopicSpec[];
  acls: Acl[];
}

export interface PlanOptions {
  /** Topic-name suffix of the environment (BZ_TOPIC_SUFFIX), e.g. ".staging"; default "". */
  topicSuffix?: string;
  /** Partitions of a topic created by the plan. */
  partitions: number;
  /** The recorder's consumer group (BZ_RECORDER_GROUP). */
  recorderGroup: string;
}

/** The principal a partner's own system authenticates as: `User:partner-<slug>`. */
export const partnerUser = (slug: string) => `partner-${slug}`;
/** The principal the gateway writes a partner's events as: `User:gateway-<slug>`. */
export const gatewayUser = (slug: string) => `gateway-${slug}`;
/** The recorder's principal. */
export const recorderUser = "recorder";
/** The operators' tools' principal: the query API's ops page and the dead-letter CLI. */
export const opsUser = "ops";

/** Kafka's form of a user principal in ACLs. */
export const principalOf = (user: string) => `User:${user}`;

/**
 * Every principal is granted the least it needs, on LITERAL names (a PREFIXED `care.` would also
 * match dead-letter topics and partners yet to come), with one exception below:
 * - `partner-<slug>` and `gateway-<slug>`: WRITE and DESCRIBE on `care.<slug>.v1`; nothing else, so
 *   no reading, no other topic, no group. Idempotent producing needs no more (KIP-679).
 * - `recorder`: READ on each partner topic, WRITE on its dead-letter topic, CREATE on both (it
 *   creates missing topics at start), READ on its group, and WRITE and DESCRIBE on the transactional
 *   ids starting `<group>-` (PREFIXED: each member's id is `<group>-<uuid>`), with which it writes
 *   dead letters and commits their batch's offsets in one transaction.
 * - `ops`: DESCRIBE on partner topics and the recorder's group (lag), READ on dead-letter topics in
 *   groups starting `bz-dead-letter-reader-` (PREFIXED; each read uses a fresh one), and WRITE on
 *   partner topics to replay dead letters to where they came from (the recorder checks them again).
 */
export function planAccess(partners: readonly PartnerEntry[], options: PlanOptions): AccessPlan {
  const suffix = options.topicSuffix ?? "";
  const topics: TopicSpec[] = [];
  const acls: Acl[] = [];
  const allow = (user: string, resourceType: ResourceType, resourceName: string, ops: Operation[]) => {
    for (const operation of ops)
      acls.push({ principal: principalOf(user), resourceType, resourceName, operation });
  };
  for (const partner of [...partners].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const topic = `care.${partner.slug}.v1${suffix}`;
    const deadLetters = `${topic}.dlq`;
    topics.push(
      { name: topic, partitions: options.partitions },
      { name: deadLetters, partitions: options.partitions },
    );
    allow(partnerUser(partner.slug), "TOPIC", topic, ["WRITE", "DESCRIBE"]);
    allow(gatewayUser(partner.slug), "TOPIC", topic, ["WRITE", "DESCRIBE"]);
    allow(recorderUser, "TOPIC", topic, ["READ", "DESCRIBE", "CREATE"]);
    allow(recorderUser, "TOPIC", deadLetters, ["WRITE", "DESCRIBE", "CREATE"]);
    allow(opsUser, "TOPIC", topic, ["DESCRIBE", "WRITE"]);
    allow(opsUser, "TOPIC", deadLetters, ["DESCRIBE", "READ"]);
  }
  allow(recorderUser, "GROUP", options.recorderGroup, ["READ"]);
  allow(opsUser, "GROUP", options.recorderGroup, ["DESCRIBE"]);
  acls.push({
    principal: principalOf(opsUser),
    resourceType: "GROUP",
    resourceName: deadLetterReaderGroupPrefix,
    operation: "READ",
    prefixed: true,
  });
  for (const operation of ["WRITE", "DESCRIBE"] as const) {
    acls.push({
      principal: principalOf(recorderUser),
      resourceType: "TRANSACTIONAL_ID",
      resourceName: transactionalIdPrefix(options.recorderGroup),
      operation,
      prefixed: true,
    });
  }
  return { topics, acls };
}

/** The prefix of the recorder's transactional ids: the event log names them `<group>-<uuid>`. */
export const transactionalIdPrefix = (recorderGroup: string) => `${recorderGroup}-`;

/** The principals a plan grants rights to (SCRAM users that must exist), sorted. */
export function plannedUsers(plan: AccessPlan): string[] {
  return [...new Set(plan.acls.map((acl) => acl.principal.replace(/^User:/, "")))].sort();
}

/** What provisioning must do to reach a plan from the broker's state. */
export interface AccessChanges {
  createTopics: TopicSpec[];
  createAcls: Acl[];
  /** Topics that exist with fewer partitions than planned (never changed automatically). */
  smallerTopics: { name: string; partitions: number; planned: number }[];
  /**
   * ACLs of the plan's principals that the plan no longer holds (say, a partner left the catalogue);
   * deleted only when asked to prune.
   */
  staleAcls: Acl[];
}

const aclKey = (acl: Acl) =>
  `${acl.principal}|${acl.resourceType}|${acl.resourceName}|${acl.operation}|${acl.prefixed === true}`;

/** The changes that take `existing` (topics with partitions, ALLOW ACLs) to `plan`. */
export function diffAccess(
  plan: AccessPlan,
  existing: { topics: TopicSpec[]; acls: Acl[] },
  inScope: (acl: Acl) => boolean,
): AccessChanges {
  const topics = new Map(existing.topics.map((t) => [t.name, t.partitions]));
  const have = new Set(existing.acls.map(aclKey));
  const want = new Set(plan.acls.map(aclKey));
  return {
    createTopics: plan.topics.filter((t) => !topics.has(t.name)),
    smallerTopics: plan.topics.flatMap((t) => {
      const partitions = topics.get(t.name);
      return partitions !== undefined && partitions < t.partitions
        ? [{ name: t.name, partitions, planned: t.partitions }]
        : [];
    }),
    createAcls: plan.acls.filter((acl) => !have.has(aclKey(acl))),
    staleAcls: existing.acls.filter((acl) => inScope(acl) && !want.has(aclKey(acl))),
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The ACLs a plan owns: those of its principals (the recorder, ops, every `partner-*` and `gateway-*`)
 * on this environment's partner topics (`care.<slug>.v1<suffix>` and `.dlq`), the recorder's
 * group or its transactional ids. Other environments sharing the cluster (another suffix) are left
 * alone.
 */
export function planScope(options: PlanOptions): (acl: Acl) => boolean {
  const topic = new RegExp(`^care\\.[a-z0-9-]+\\.v1${escapeRegExp(options.topicSuffix ?? "")}(\\.dlq)?$`);
  return (acl) =>
    /^User:(recorder|ops|partner-[a-z0-9-]+|gateway-[a-z0-9-]+)$/.test(acl.principal) &&
    (acl.resourceType === "TOPIC"
      ? topic.test(acl.resourceName)
      : acl.resourceType === "GROUP"
        ? acl.resourceName === options.recorderGroup ||
          (acl.prefixed === true && acl.resourceName === deadLetterReaderGroupPrefix)
        : acl.resourceName === transactionalIdPrefix(options.recorderGroup));
}

/** One line per change, as `platform kafka provision` prints them. */
export function describeChanges(changes: AccessChanges, pruned: boolean): string[] {
  const acl = (a: Acl) =>
    `${a.principal} ${a.operation} ${a.resourceType.toLowerCase().replace("_", "-")} ${a.resourceName}${a.prefixed === true ? "*" : ""}`;
  return [
    ...changes.createTopics.map((t) => `+ topic ${t.name} (${t.partitions} partitions)`),
    ...changes.createAcls.map((a) => `+ acl ${acl(a)}`),
    ...changes.staleAcls.map((a) =>
      pruned
        ? `- acl ${acl(a)}`
        : `! acl ${acl(a)} is not in the catalogue's plan (kept; --prune removes it)`,
    ),
    ...changes.smallerTopics.map(
      (t) => `! topic ${t.name} has ${t.partitions} partitions, the plan ${t.planned} (not changed)`,
    ),
  ];
}
