// What the global set-up hands to every test file through vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    /** Bootstrap servers of the run's real Kafka broker, e.g. "127.0.0.1:40123". */
    kafkaBrokers: string;
    /** A connection URL to the PostgreSQL server's maintenance database, used to create test databases. */
    postgresAdminUrl: string;
    /** The data folder of the broker the run started, or "" when it reuses one (KAFKA_BROKERS). */
    kafkaDataDir: string;
    /** The run's EventStoreDB/KurrentDB (EVENTSTORE_URL or a container), or "" when there is none. */
    eventStoreUrl: string;
    /** Why there is no EventStoreDB for the run ("" when there is one). */
    eventStoreSkipReason: string;
    /** JSON of the started broker's KafkaSaslAccess, or "" when the run reuses a broker. */
    kafkaSasl: string;
  }
}

export {};
