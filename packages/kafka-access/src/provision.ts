import { setTimeout as sleep } from "node:timers/promises";
import { BzError } from "@bz/errors";
import kafkajs, { type Admin, type ITopicMetadata, type SASLOptions } from "kafkajs";
import {
  type AccessChanges,
  type AccessPlan,
  type Acl,
  diffAccess,
  type Operation,
  type PlanOptions,
  planScope,
  type ResourceType,
} from "./domain/access-plan.ts";

// Node's ESM loader does not see kafkajs' ACL enums as named exports of the CommonJS module (vitest
// does): take them from the default export. `platform kafka provision` runs under plain Node.
const { AclOperationTypes, AclPermissionTypes, AclResourceTypes, Kafka, logLevel, ResourcePatternTypes } =
  kafkajs;
type AclResourceTypes = kafkajs.AclResourceTypes;
type AclOperationTypes = kafkajs.AclOperationTypes;

const resourceTypes: Record<ResourceType, AclResourceTypes> = {
  TOPIC: AclResourceTypes.TOPIC,
  GROUP: AclResourceTypes.GROUP,
  TRANSACTIONAL_ID: AclResourceTypes.TRANSACTIONAL_ID,
};
const operations: Record<Operation, AclOperationTypes> = {
  READ: AclOperationTypes.READ,
  WRITE: AclOperationTypes.WRITE,
  CREATE: AclOperationTypes.CREATE,
  DESCRIBE: AclOperationTypes.DESCRIBE,
};
const resourceNames = new Map(
  Object.entries(resourceTypes).map(([name, value]) => [value, name as ResourceType]),
);
const operationNames = new Map(Object.entries(operations).map(([name, value]) => [value, name as Operation]));

const toKafka = (acl: Acl) => ({
  resourceType: resourceTypes[acl.resourceType],
  resourceName: acl.resourceName,
  resourcePatternType: acl.prefixed === true ? ResourcePatternTypes.PREFIXED : ResourcePatternTypes.LITERAL,
  principal: acl.principal,
  host: "*",
  operation: operations[acl.operation],
  permissionType: AclPermissionTypes.ALLOW,
});

/** The broker's ALLOW LITERAL and PREFIXED ACLs for any host, in the plan's terms. */
async function existingAcls(admin: Admin): Promise<Acl[]> {
  const { resources } = await admin.describeAcls({
    resourceType: AclResourceTypes.ANY,
    resourcePatternType: ResourcePatternTypes.ANY,
    permissionType: AclPermissionTypes.ALLOW,
    operation: AclOperationTypes.ANY,
  });
  return resources.flatMap((resource) => {
    const resourceType = resourceNames.get(resource.resourceType);
    const pattern = resource.resourcePatternType;
    if (resourceType === undefined) return [];
    if (pattern !== ResourcePatternTypes.LITERAL && pattern !== ResourcePatternTypes.PREFIXED) return [];
    return resource.acls.flatMap((entry): Acl[] => {
      const operation = operationNames.get(entry.operation);
      if (operation === undefined || entry.host !== "*") return [];
      const acl: Acl = {
        principal: entry.principal,
        resourceType,
        resourceName: resource.resourceName,
        operation,
      };
      return [pattern === ResourcePatternTypes.PREFIXED ? { ...acl, prefixed: true } : acl];
    });
  });
}

const aclKey = (acl: Acl) =>
  `${acl.principal}|${acl.resourceType}|${acl.resourceName}|${acl.operation}|${acl.prefixed === true}`;

/**
 * CreateAcls is forwarded to the controller and DescribeAcls answered from the broker's own copy
 * (notes: kafka-security.md), so wait until the broker shows what was created: a second run
 * straight after must find it in place.
 */
async function untilVisible(admin: Admin, created: Acl[], timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 50; ; wait = Math.min(wait * 2, 1_000)) {
    const have = new Set((await existingAcls(admin)).map(aclKey));
    if (created.every((acl) => have.has(aclKey(acl)))) return;
    if (Date.now() > deadline) {
      throw new BzError(
        "LOG_UNAVAILABLE",
        `the broker did not show ${created.length} new ACLs within ${timeoutMs} ms`,
        {
          retryable: true,
        },
      );
    }
    await sleep(wait);
  }
}

/** What {@link provisionAccess} did. */
export interface ProvisionResult {
  changes: AccessChanges;
  pruned: boolean;
}

/**
 * Brings the broker to `plan`, idempotently: creates missing topics and ACLs, deletes the plan's
 * stale ACLs only when `prune` is set, and changes nothing that is already in place. `admin` must be
 * a super user (or hold Create and Alter on the cluster).
 */
export async function provisionAccess(
  admin: Admin,
  plan: AccessPlan,
  options: PlanOptions & { prune?: boolean },
): Promise<ProvisionResult> {
  try {
    const names = new Set(await admin.listTopics());
    const described: ITopicMetadata[] =
      names.size === 0
        ? []
        : (
            await admin.fetchTopicMetadata({
              topics: plan.topics.map((t) => t.name).filter((n) => names.has(n)),
            })
          ).topics;
    const existing = {
      topics: described.map((t) => ({ name: t.name, partitions: t.partitions.length })),
      acls: await existingAcls(admin),
    };
    const changes = diffAccess(plan, existing, planScope(options));
    if (changes.createTopics.length > 0) {
      await admin.createTopics({
        topics: changes.createTopics.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor: 1,
        })),
        waitForLeaders: true,
      });
    }
    if (changes.createAcls.length > 0) {
      await admin.createAcls({ acl: changes.createAcls.map(toKafka) });
      await untilVisible(admin, changes.createAcls);
    }
    const prune = options.prune === true && changes.staleAcls.length > 0;
    if (prune) await admin.deleteAcls({ filters: changes.staleAcls.map(toKafka) });
    return { changes, pruned: prune };
  } catch (error) {
    if (error instanceof BzError) throw error;
    const type = (error as { type?: unknown }).type;
    if (type === "CLUSTER_AUTHORIZATION_FAILED" || type === "TOPIC_AUTHORIZATION_FAILED") {
      throw new BzError(
        "LOG_NOT_AUTHORIZED",
        "provisioning needs a Kafka super user (BZ_KAFKA_SASL_USERNAME=admin, or the loopback listener)",
        { cause: error },
      );
    }
    throw error;
  }
}

/** How to reach the broker as a super user (the shape of @bz/config's KafkaConnection). */
export interface AdminConnection {
  brokers: string[];
  sasl?: { mechanism: "scram-sha-512" | "scram-sha-256" | "plain"; username: string; password: string };
  tls?: boolean | { ca: string[] };
}

/** {@link provisionAccess} over its own short-lived kafkajs admin client. */
export async function provisionKafka(
  connection: AdminConnection,
  plan: AccessPlan,
  options: PlanOptions & { prune?: boolean },
): Promise<ProvisionResult> {
  const admin = new Kafka({
    clientId: "bz-kafka-provision",
    brokers: connection.brokers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 3 },
    ...(connection.sasl === undefined ? {} : { sasl: connection.sasl as SASLOptions }),
    ...(connection.tls === undefined ? {} : { ssl: connection.tls }),
  }).admin();
  try {
    await admin.connect();
  } catch (error) {
    const name = (error as { name?: unknown }).name;
    throw name === "KafkaJSSASLAuthenticationError"
      ? new BzError("LOG_AUTHENTICATION_FAILED", "Kafka refused the provisioning credentials", {
          cause: error,
        })
      : new BzError("LOG_UNAVAILABLE", `Kafka at ${connection.brokers.join(",")} cannot be reached`, {
          retryable: true,
          cause: error,
        });
  }
  try {
    return await provisionAccess(admin, plan, options);
  } finally {
    await admin.disconnect();
  }
}
