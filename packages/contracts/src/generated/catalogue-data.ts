// Generated from contracts/ by packages/contracts/scripts/generate.ts. Do not edit.
import type { CatalogueSource } from "../catalogue-source.ts";

/** Every .avsc and publishes.json of contracts/, so the codec needs no file access. */
export const catalogueData: CatalogueSource = {
  "events": [
    {
      "eventType": "CareEpisodeEnded",
      "version": 1,
      "file": "events/care-episode-ended/v1.avsc",
      "schema": {
        "type": "record",
        "name": "CareEpisodeEnded",
        "namespace": "nl.blauwezorg.care",
        "doc": "A partner ended a care or support episode.",
        "bz.dataCategory": "per-event",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "episodeId",
            "doc": "Id of the episode, as in CareEpisodeStarted.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "endReason",
            "doc": "Why the episode ended.",
            "type": {
              "type": "enum",
              "name": "EpisodeEndReason",
              "doc": "Why an episode ended: goals met, transferred to another provider, the client stopped, the client moved away, the client died, or another reason.",
              "symbols": [
                "GOALS_MET",
                "TRANSFERRED",
                "CLIENT_STOPPED",
                "MOVED_AWAY",
                "DECEASED",
                "OTHER"
              ]
            }
          },
          {
            "name": "endNote",
            "doc": "Free-text note on the ending, if the professional wrote one.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 2000
              }
            ],
            "default": null,
            "bz.personal": true
          }
        ]
      }
    },
    {
      "eventType": "CareEpisodeEnded",
      "version": 2,
      "file": "events/care-episode-ended/v2.avsc",
      "schema": {
        "type": "record",
        "name": "CareEpisodeEnded",
        "namespace": "nl.blauwezorg.care",
        "doc": "A partner ended a care or support episode.",
        "bz.dataCategory": "per-event",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "episodeId",
            "doc": "Id of the episode, as in CareEpisodeStarted.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "endReason",
            "doc": "Why the episode ended.",
            "type": {
              "type": "enum",
              "name": "EpisodeEndReason",
              "doc": "Why an episode ended: goals met, transferred to another provider, the client stopped, the client moved away, the client died, or another reason.",
              "symbols": [
                "GOALS_MET",
                "TRANSFERRED",
                "CLIENT_STOPPED",
                "MOVED_AWAY",
                "DECEASED",
                "OTHER"
              ]
            }
          },
          {
            "name": "endNote",
            "doc": "Free-text note on the ending, if the professional wrote one.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 2000
              }
            ],
            "default": null,
            "bz.personal": true
          }
        ]
      }
    },
    {
      "eventType": "CareEpisodeStarted",
      "version": 1,
      "file": "events/care-episode-started/v1.avsc",
      "schema": {
        "type": "record",
        "name": "CareEpisodeStarted",
        "namespace": "nl.blauwezorg.care",
        "doc": "A partner started a care or support episode (a trajectory) for the client.",
        "bz.dataCategory": "per-event",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "episodeId",
            "doc": "Id of the episode within the publishing partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "serviceType",
            "doc": "The service in the partner's own words, e.g. wijkverpleging, ambulante begeleiding, basis-GGZ.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 200
            }
          },
          {
            "name": "referralSource",
            "doc": "Who referred the client.",
            "type": {
              "type": "enum",
              "name": "ReferralSource",
              "doc": "Where a referral came from: the client themself, a GP, a partner in the pilot, the municipality, the Sociaal Team, a hospital, the justice system or elsewhere.",
              "symbols": [
                "SELF",
                "GP",
                "PARTNER",
                "MUNICIPALITY",
                "SOCIAL_TEAM",
                "HOSPITAL",
                "JUSTICE",
                "OTHER"
              ]
            }
          },
          {
            "name": "referralId",
            "doc": "The referral (ReferralMade.referralId) that led to this episode, if any.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null
          }
        ]
      }
    },
    {
      "eventType": "CareEpisodeStarted",
      "version": 2,
      "file": "events/care-episode-started/v2.avsc",
      "schema": {
        "type": "record",
        "name": "CareEpisodeStarted",
        "namespace": "nl.blauwezorg.care",
        "doc": "A partner started a care or support episode (a trajectory) for the client.",
        "bz.dataCategory": "per-event",
        "bz.rules": {
          "financing-required": "financingDomain is not null."
        },
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "episodeId",
            "doc": "Id of the episode within the publishing partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "serviceType",
            "doc": "The service in the partner's own words, e.g. wijkverpleging, ambulante begeleiding, basis-GGZ.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 200
            }
          },
          {
            "name": "referralSource",
            "doc": "Who referred the client.",
            "type": {
              "type": "enum",
              "name": "ReferralSource",
              "doc": "Where a referral came from: the client themself, a GP, a partner in the pilot, the municipality, the Sociaal Team, a hospital, the justice system or elsewhere.",
              "symbols": [
                "SELF",
                "GP",
                "PARTNER",
                "MUNICIPALITY",
                "SOCIAL_TEAM",
                "HOSPITAL",
                "JUSTICE",
                "OTHER"
              ]
            }
          },
          {
            "name": "referralId",
            "doc": "The referral (ReferralMade.referralId) that led to this episode, if any.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null
          }
        ]
      }
    },
    {
      "eventType": "ConsentGranted",
      "version": 1,
      "file": "events/consent-granted/v1.avsc",
      "schema": {
        "type": "record",
        "name": "ConsentGranted",
        "namespace": "nl.blauwezorg.care",
        "doc": "The client (or their representative) gave explicit consent to share data of the named categories with the named recipients for one purpose (Wabvpz art. 15a).",
        "bz.dataCategory": "CONSENT",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "consentId",
            "doc": "Id of the consent; a revocation names it.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "recipients",
            "doc": "The partners that may see the data.",
            "type": {
              "type": "array",
              "items": "nl.blauwezorg.care.Partner",
              "bz.minItems": 1,
              "bz.maxItems": 12
            }
          },
          {
            "name": "dataCategories",
            "doc": "The data categories covered. Sensitive categories are shared only when named here.",
            "type": {
              "type": "array",
              "items": {
                "type": "enum",
                "name": "DataCategory",
                "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
                "symbols": [
                  "HOME_CARE",
                  "DISABILITY_SUPPORT",
                  "SOCIAL_SUPPORT",
                  "MENTAL_HEALTH",
                  "ADDICTION",
                  "SHELTER",
                  "POSITIVE_HEALTH",
                  "COSTS",
                  "CONSENT",
                  "CARE_COORDINATION",
                  "RESIDENCE"
                ],
                "bz.sensitive": [
                  "MENTAL_HEALTH",
                  "ADDICTION",
                  "SHELTER"
                ]
              },
              "bz.minItems": 1,
              "bz.maxItems": 11
            }
          },
          {
            "name": "purpose",
            "doc": "What the data may be used for.",
            "type": {
              "type": "enum",
              "name": "ConsentPurpose",
              "doc": "What shared data may be used for: coordinating the client's care between partners, or population analytics.",
              "symbols": [
                "CARE_COORDINATION",
                "ANALYTICS"
              ]
            }
          },
          {
            "name": "validUntil",
            "doc": "When the consent expires; null for no end date.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "grantor",
            "doc": "Who gave the consent.",
            "type": {
              "type": "enum",
              "name": "Grantor",
              "doc": "Who gave or withdrew a consent or objection: the client, a legal representative, or a parent (for a client under 16).",
              "symbols": [
                "CLIENT",
                "LEGAL_REPRESENTATIVE",
                "PARENT"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ConsentGranted",
      "version": 2,
      "file": "events/consent-granted/v2.avsc",
      "schema": {
        "type": "record",
        "name": "ConsentGranted",
        "namespace": "nl.blauwezorg.care",
        "doc": "The client (or their representative) gave explicit consent to share data of the named categories with the named recipients for one purpose (Wabvpz art. 15a).",
        "bz.dataCategory": "CONSENT",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "consentId",
            "doc": "Id of the consent; a revocation names it.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "recipients",
            "doc": "The partners that may see the data.",
            "type": {
              "type": "array",
              "items": "nl.blauwezorg.care.Partner",
              "bz.minItems": 1,
              "bz.maxItems": 12
            }
          },
          {
            "name": "dataCategories",
            "doc": "The data categories covered. Sensitive categories are shared only when named here.",
            "type": {
              "type": "array",
              "items": {
                "type": "enum",
                "name": "DataCategory",
                "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
                "symbols": [
                  "HOME_CARE",
                  "DISABILITY_SUPPORT",
                  "SOCIAL_SUPPORT",
                  "MENTAL_HEALTH",
                  "ADDICTION",
                  "SHELTER",
                  "POSITIVE_HEALTH",
                  "COSTS",
                  "CONSENT",
                  "CARE_COORDINATION",
                  "RESIDENCE"
                ],
                "bz.sensitive": [
                  "MENTAL_HEALTH",
                  "ADDICTION",
                  "SHELTER"
                ]
              },
              "bz.minItems": 1,
              "bz.maxItems": 11
            }
          },
          {
            "name": "purpose",
            "doc": "What the data may be used for.",
            "type": {
              "type": "enum",
              "name": "ConsentPurpose",
              "doc": "What shared data may be used for: coordinating the client's care between partners, or population analytics.",
              "symbols": [
                "CARE_COORDINATION",
                "ANALYTICS"
              ]
            }
          },
          {
            "name": "validUntil",
            "doc": "When the consent expires; null for no end date.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "grantor",
            "doc": "Who gave the consent.",
            "type": {
              "type": "enum",
              "name": "Grantor",
              "doc": "Who gave or withdrew a consent or objection: the client, a legal representative, or a parent (for a client under 16).",
              "symbols": [
                "CLIENT",
                "LEGAL_REPRESENTATIVE",
                "PARENT"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ConsentGranted",
      "version": 3,
      "file": "events/consent-granted/v3.avsc",
      "schema": {
        "type": "record",
        "name": "ConsentGranted",
        "namespace": "nl.blauwezorg.care",
        "doc": "The client (or their representative) gave explicit consent to share data of the named categories with the named recipients (optionally only some professional roles within them) for one purpose (Wabvpz art. 15a).",
        "bz.dataCategory": "CONSENT",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "consentId",
            "doc": "Id of the consent; a revocation names it.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "recipients",
            "doc": "The partners that may see the data.",
            "type": {
              "type": "array",
              "items": "nl.blauwezorg.care.Partner",
              "bz.minItems": 1,
              "bz.maxItems": 12
            }
          },
          {
            "name": "recipientRoles",
            "doc": "The professional roles within the recipient partners that may see the data (e.g. only district nurses); null when every professional of a named partner with a care relationship may. A viewer's role is the verified professional role in their token; a viewer without one is not covered by a consent that names roles. Added in version 3.",
            "type": [
              "null",
              {
                "type": "array",
                "items": "nl.blauwezorg.care.ActorRole",
                "bz.minItems": 1,
                "bz.maxItems": 17
              }
            ],
            "default": null
          },
          {
            "name": "dataCategories",
            "doc": "The data categories covered. Sensitive categories are shared only when named here.",
            "type": {
              "type": "array",
              "items": {
                "type": "enum",
                "name": "DataCategory",
                "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
                "symbols": [
                  "HOME_CARE",
                  "DISABILITY_SUPPORT",
                  "SOCIAL_SUPPORT",
                  "MENTAL_HEALTH",
                  "ADDICTION",
                  "SHELTER",
                  "POSITIVE_HEALTH",
                  "COSTS",
                  "CONSENT",
                  "CARE_COORDINATION",
                  "RESIDENCE"
                ],
                "bz.sensitive": [
                  "MENTAL_HEALTH",
                  "ADDICTION",
                  "SHELTER"
                ]
              },
              "bz.minItems": 1,
              "bz.maxItems": 11
            }
          },
          {
            "name": "purpose",
            "doc": "What the data may be used for.",
            "type": {
              "type": "enum",
              "name": "ConsentPurpose",
              "doc": "What shared data may be used for: coordinating the client's care between partners, or population analytics.",
              "symbols": [
                "CARE_COORDINATION",
                "ANALYTICS"
              ]
            }
          },
          {
            "name": "validUntil",
            "doc": "When the consent expires; null for no end date.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "grantor",
            "doc": "Who gave the consent.",
            "type": {
              "type": "enum",
              "name": "Grantor",
              "doc": "Who gave or withdrew a consent or objection: the client, a legal representative, or a parent (for a client under 16).",
              "symbols": [
                "CLIENT",
                "LEGAL_REPRESENTATIVE",
                "PARENT"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ConsentRevoked",
      "version": 1,
      "file": "events/consent-revoked/v1.avsc",
      "schema": {
        "type": "record",
        "name": "ConsentRevoked",
        "namespace": "nl.blauwezorg.care",
        "doc": "A consent was withdrawn; it applies to every query answered after it was recorded.",
        "bz.dataCategory": "CONSENT",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "consentId",
            "doc": "The consent withdrawn (ConsentGranted.consentId).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "grantor",
            "doc": "Who withdrew the consent.",
            "type": {
              "type": "enum",
              "name": "Grantor",
              "doc": "Who gave or withdrew a consent or objection: the client, a legal representative, or a parent (for a client under 16).",
              "symbols": [
                "CLIENT",
                "LEGAL_REPRESENTATIVE",
                "PARENT"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ConsentRevoked",
      "version": 2,
      "file": "events/consent-revoked/v2.avsc",
      "schema": {
        "type": "record",
        "name": "ConsentRevoked",
        "namespace": "nl.blauwezorg.care",
        "doc": "A consent was withdrawn; it applies to every query answered after it was recorded.",
        "bz.dataCategory": "CONSENT",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "consentId",
            "doc": "The consent withdrawn (ConsentGranted.consentId).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "grantor",
            "doc": "Who withdrew the consent.",
            "type": {
              "type": "enum",
              "name": "Grantor",
              "doc": "Who gave or withdrew a consent or objection: the client, a legal representative, or a parent (for a client under 16).",
              "symbols": [
                "CLIENT",
                "LEGAL_REPRESENTATIVE",
                "PARENT"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ContactDelivered",
      "version": 1,
      "file": "events/contact-delivered/v1.avsc",
      "schema": {
        "type": "record",
        "name": "ContactDelivered",
        "namespace": "nl.blauwezorg.care",
        "doc": "A professional had a contact with the client (a conversation, visit or group session).",
        "bz.dataCategory": "per-event",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "episodeId",
            "doc": "The episode (CareEpisodeStarted.episodeId) the contact belongs to, if any.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null
          },
          {
            "name": "mode",
            "doc": "How the contact took place.",
            "type": {
              "type": "enum",
              "name": "ContactMode",
              "doc": "How a contact took place: face to face at the partner's location, by phone, a home visit, a group session or a video call.",
              "symbols": [
                "FACE_TO_FACE",
                "PHONE",
                "HOME_VISIT",
                "GROUP",
                "VIDEO"
              ]
            }
          },
          {
            "name": "minutes",
            "doc": "Duration in minutes.",
            "type": {
              "type": "int",
              "bz.min": 1,
              "bz.max": 1440
            }
          }
        ]
      }
    },
    {
      "eventType": "ContactDelivered",
      "version": 2,
      "file": "events/contact-delivered/v2.avsc",
      "schema": {
        "type": "record",
        "name": "ContactDelivered",
        "namespace": "nl.blauwezorg.care",
        "doc": "A professional had a contact with the client (a conversation, visit or group session).",
        "bz.dataCategory": "per-event",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "episodeId",
            "doc": "The episode (CareEpisodeStarted.episodeId) the contact belongs to, if any.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null
          },
          {
            "name": "mode",
            "doc": "How the contact took place.",
            "type": {
              "type": "enum",
              "name": "ContactMode",
              "doc": "How a contact took place: face to face at the partner's location, by phone, a home visit, a group session or a video call.",
              "symbols": [
                "FACE_TO_FACE",
                "PHONE",
                "HOME_VISIT",
                "GROUP",
                "VIDEO"
              ]
            }
          },
          {
            "name": "minutes",
            "doc": "Duration in minutes.",
            "type": {
              "type": "int",
              "bz.min": 1,
              "bz.max": 1440
            }
          },
          {
            "name": "groupSize",
            "doc": "Number of clients taking part when the mode is GROUP; null for individual contacts and for events written with version 1.",
            "type": [
              "null",
              {
                "type": "int",
                "bz.min": 2,
                "bz.max": 100
              }
            ],
            "default": null
          }
        ]
      }
    },
    {
      "eventType": "ContactDelivered",
      "version": 3,
      "file": "events/contact-delivered/v3.avsc",
      "schema": {
        "type": "record",
        "name": "ContactDelivered",
        "namespace": "nl.blauwezorg.care",
        "doc": "A professional had a contact with the client (a conversation, visit or group session).",
        "bz.dataCategory": "per-event",
        "bz.rules": {
          "group-size": "A GROUP contact has a groupSize; a contact in any other mode has none.",
          "financing-required": "financingDomain is not null."
        },
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "episodeId",
            "doc": "The episode (CareEpisodeStarted.episodeId) the contact belongs to, if any.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null
          },
          {
            "name": "mode",
            "doc": "How the contact took place.",
            "type": {
              "type": "enum",
              "name": "ContactMode",
              "doc": "How a contact took place: face to face at the partner's location, by phone, a home visit, a group session or a video call.",
              "symbols": [
                "FACE_TO_FACE",
                "PHONE",
                "HOME_VISIT",
                "GROUP",
                "VIDEO"
              ]
            }
          },
          {
            "name": "minutes",
            "doc": "Duration in minutes.",
            "type": {
              "type": "int",
              "bz.min": 1,
              "bz.max": 1440
            }
          },
          {
            "name": "groupSize",
            "doc": "Number of clients taking part when the mode is GROUP; null for individual contacts and for events written with version 1.",
            "type": [
              "null",
              {
                "type": "int",
                "bz.min": 2,
                "bz.max": 100
              }
            ],
            "default": null
          }
        ]
      }
    },
    {
      "eventType": "CoordinationEnded",
      "version": 1,
      "file": "events/coordination-ended/v1.avsc",
      "schema": {
        "type": "record",
        "name": "CoordinationEnded",
        "namespace": "nl.blauwezorg.care",
        "doc": "Coordination of a household or client (gezinsregie) ended.",
        "bz.dataCategory": "CARE_COORDINATION",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "coordinationId",
            "doc": "Id of the coordination, as in CoordinatorAssigned.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "endReason",
            "doc": "Why the coordination ended.",
            "type": {
              "type": "enum",
              "name": "CoordinationEndReason",
              "doc": "Why coordination ended: goals met, handed back to regular care, the household declined, the household moved away, or another reason.",
              "symbols": [
                "GOALS_MET",
                "HANDED_BACK_TO_REGULAR_CARE",
                "HOUSEHOLD_DECLINED",
                "MOVED_AWAY",
                "OTHER"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "CoordinationEnded",
      "version": 2,
      "file": "events/coordination-ended/v2.avsc",
      "schema": {
        "type": "record",
        "name": "CoordinationEnded",
        "namespace": "nl.blauwezorg.care",
        "doc": "Coordination of a household or client (gezinsregie) ended.",
        "bz.dataCategory": "CARE_COORDINATION",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "coordinationId",
            "doc": "Id of the coordination, as in CoordinatorAssigned.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "endReason",
            "doc": "Why the coordination ended.",
            "type": {
              "type": "enum",
              "name": "CoordinationEndReason",
              "doc": "Why coordination ended: goals met, handed back to regular care, the household declined, the household moved away, or another reason.",
              "symbols": [
                "GOALS_MET",
                "HANDED_BACK_TO_REGULAR_CARE",
                "HOUSEHOLD_DECLINED",
                "MOVED_AWAY",
                "OTHER"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "CoordinatorAssigned",
      "version": 1,
      "file": "events/coordinator-assigned/v1.avsc",
      "schema": {
        "type": "record",
        "name": "CoordinatorAssigned",
        "namespace": "nl.blauwezorg.care",
        "doc": "The Sociaal Team assigned a coordinator to a household or client (gezinsregie). The envelope's household is set when a household is coordinated.",
        "bz.dataCategory": "CARE_COORDINATION",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "coordinationId",
            "doc": "Id of the coordination within the publishing partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "coordinatorRole",
            "doc": "The coordinator's role.",
            "type": {
              "type": "enum",
              "name": "CoordinatorRole",
              "doc": "Role of a coordinator: family coordinator (gezinsregisseur), case manager, or a Sociaal Team member acting as the contact person.",
              "symbols": [
                "FAMILY_COORDINATOR",
                "CASE_MANAGER",
                "SOCIAL_TEAM_MEMBER"
              ]
            }
          },
          {
            "name": "coordinatorId",
            "doc": "Identifier of the coordinator within the publishing partner (never a name).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "professionalsInvolved",
            "doc": "Number of professionals involved with the household at assignment (one pilot family had 28).",
            "type": {
              "type": "int",
              "bz.min": 0,
              "bz.max": 500
            }
          },
          {
            "name": "organisationsInvolved",
            "doc": "The partners involved with the household.",
            "type": {
              "type": "array",
              "items": "nl.blauwezorg.care.Partner",
              "bz.maxItems": 12
            }
          }
        ]
      }
    },
    {
      "eventType": "CoordinatorAssigned",
      "version": 2,
      "file": "events/coordinator-assigned/v2.avsc",
      "schema": {
        "type": "record",
        "name": "CoordinatorAssigned",
        "namespace": "nl.blauwezorg.care",
        "doc": "The Sociaal Team assigned a coordinator to a household or client (gezinsregie). The envelope's household is set when a household is coordinated.",
        "bz.dataCategory": "CARE_COORDINATION",
        "bz.rules": {
          "household-required": "household is set: a coordinator is assigned to a household."
        },
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "coordinationId",
            "doc": "Id of the coordination within the publishing partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "coordinatorRole",
            "doc": "The coordinator's role.",
            "type": {
              "type": "enum",
              "name": "CoordinatorRole",
              "doc": "Role of a coordinator: family coordinator (gezinsregisseur), case manager, or a Sociaal Team member acting as the contact person.",
              "symbols": [
                "FAMILY_COORDINATOR",
                "CASE_MANAGER",
                "SOCIAL_TEAM_MEMBER"
              ]
            }
          },
          {
            "name": "coordinatorId",
            "doc": "Identifier of the coordinator within the publishing partner (never a name).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "professionalsInvolved",
            "doc": "Number of professionals involved with the household at assignment (one pilot family had 28).",
            "type": {
              "type": "int",
              "bz.min": 0,
              "bz.max": 500
            }
          },
          {
            "name": "organisationsInvolved",
            "doc": "The partners involved with the household.",
            "type": {
              "type": "array",
              "items": "nl.blauwezorg.care.Partner",
              "bz.maxItems": 12
            }
          },
          {
            "name": "householdSizeBand",
            "doc": "Size of the coordinated household, banded; null when unknown.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "HouseholdSizeBand",
                "doc": "Number of people in a household, banded: one, two, three or four, five or more.",
                "symbols": [
                  "SIZE_1",
                  "SIZE_2",
                  "SIZE_3_4",
                  "SIZE_5_PLUS"
                ]
              }
            ],
            "default": null
          }
        ]
      }
    },
    {
      "eventType": "CostIncurred",
      "version": 1,
      "file": "events/cost-incurred/v1.avsc",
      "schema": {
        "type": "record",
        "name": "CostIncurred",
        "namespace": "nl.blauwezorg.care",
        "doc": "A partner incurred a cost for the client's care or support in a period; the envelope's financing domain says who pays.",
        "bz.dataCategory": "COSTS",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "costId",
            "doc": "Id of the cost line within the publishing partner; a correction uses a new id with a negative amount.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "amountCents",
            "doc": "Amount in euro cents; negative for a correction.",
            "type": {
              "type": "long",
              "bz.min": -100000000000,
              "bz.max": 100000000000
            }
          },
          {
            "name": "periodStart",
            "doc": "First day of the period the cost covers.",
            "type": {
              "type": "int",
              "logicalType": "date"
            }
          },
          {
            "name": "periodEnd",
            "doc": "Last day of the period the cost covers (inclusive).",
            "type": {
              "type": "int",
              "logicalType": "date"
            }
          },
          {
            "name": "pooled",
            "doc": "True when paid from the pilot's pooled budget across domains.",
            "type": "boolean"
          }
        ]
      }
    },
    {
      "eventType": "CostIncurred",
      "version": 2,
      "file": "events/cost-incurred/v2.avsc",
      "schema": {
        "type": "record",
        "name": "CostIncurred",
        "namespace": "nl.blauwezorg.care",
        "doc": "A partner incurred a cost for the client's care or support in a period; the envelope's financing domain says who pays, and the cost says what it pays for: the episode or service and a volume.",
        "bz.dataCategory": "COSTS",
        "bz.rules": {
          "financing-required": "financingDomain is not null: every cost is paid from a domain.",
          "period-order": "periodEnd is on or after periodStart.",
          "volume-with-unit": "volume and volumeUnit are both set or both null."
        },
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "costId",
            "doc": "Id of the cost line within the publishing partner; a correction uses a new id with a negative amount.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "amountCents",
            "doc": "Amount in euro cents; negative for a correction.",
            "type": {
              "type": "long",
              "bz.min": -100000000000,
              "bz.max": 100000000000
            }
          },
          {
            "name": "periodStart",
            "doc": "First day of the period the cost covers.",
            "type": {
              "type": "int",
              "logicalType": "date"
            }
          },
          {
            "name": "periodEnd",
            "doc": "Last day of the period the cost covers (inclusive).",
            "type": {
              "type": "int",
              "logicalType": "date"
            }
          },
          {
            "name": "pooled",
            "doc": "True when paid from the pilot's pooled budget across domains.",
            "type": "boolean"
          },
          {
            "name": "episodeId",
            "doc": "The episode (CareEpisodeStarted.episodeId) the cost pays for, when it belongs to one.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null
          },
          {
            "name": "serviceType",
            "doc": "The service the cost pays for, in the publisher's words (e.g. wijkverpleging, beschermd wonen); null only in events written before version 2.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 200
              }
            ],
            "default": null
          },
          {
            "name": "volume",
            "doc": "How much care the cost pays for, in volumeUnit.",
            "type": [
              "null",
              {
                "type": "int",
                "bz.min": 0,
                "bz.max": 1000000
              }
            ],
            "default": null
          },
          {
            "name": "volumeUnit",
            "doc": "The unit of volume.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "VolumeUnit",
                "doc": "Unit of the care a cost pays for: minutes or hours of care, contacts, home visits, days or nights of a stay, months of a package or a lump sum (one item).",
                "symbols": [
                  "MINUTES",
                  "HOURS",
                  "CONTACTS",
                  "VISITS",
                  "DAYS",
                  "NIGHTS",
                  "MONTHS",
                  "ITEMS"
                ]
              }
            ],
            "default": null
          }
        ]
      }
    },
    {
      "eventType": "HomeCareVisitDelivered",
      "version": 1,
      "file": "events/home-care-visit-delivered/v1.avsc",
      "schema": {
        "type": "record",
        "name": "HomeCareVisitDelivered",
        "namespace": "nl.blauwezorg.care",
        "doc": "Envida delivered a home-care visit: personal care, nursing or domestic support.",
        "bz.dataCategory": "HOME_CARE",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "minutes",
            "doc": "Duration in minutes.",
            "type": {
              "type": "int",
              "bz.min": 1,
              "bz.max": 1440
            }
          },
          {
            "name": "careType",
            "doc": "The kind of home care.",
            "type": {
              "type": "enum",
              "name": "HomeCareType",
              "doc": "Home care: personal care (persoonlijke verzorging), nursing (verpleging) or domestic support (huishoudelijke hulp).",
              "symbols": [
                "PERSONAL_CARE",
                "NURSING",
                "DOMESTIC_SUPPORT"
              ]
            }
          },
          {
            "name": "staffLevel",
            "doc": "Qualification level of the professional who visited.",
            "type": {
              "type": "enum",
              "name": "StaffLevel",
              "doc": "Dutch qualification level (kwalificatieniveau) of care staff: 1 care aide up to 6 nurse specialist.",
              "symbols": [
                "LEVEL_1",
                "LEVEL_2",
                "LEVEL_3",
                "LEVEL_4",
                "LEVEL_5",
                "LEVEL_6"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "HomeCareVisitDelivered",
      "version": 2,
      "file": "events/home-care-visit-delivered/v2.avsc",
      "schema": {
        "type": "record",
        "name": "HomeCareVisitDelivered",
        "namespace": "nl.blauwezorg.care",
        "doc": "Envida delivered a home-care visit: personal care, nursing or domestic support.",
        "bz.dataCategory": "HOME_CARE",
        "bz.rules": {
          "financing-required": "financingDomain is not null."
        },
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "minutes",
            "doc": "Duration in minutes.",
            "type": {
              "type": "int",
              "bz.min": 1,
              "bz.max": 1440
            }
          },
          {
            "name": "careType",
            "doc": "The kind of home care.",
            "type": {
              "type": "enum",
              "name": "HomeCareType",
              "doc": "Home care: personal care (persoonlijke verzorging), nursing (verpleging) or domestic support (huishoudelijke hulp).",
              "symbols": [
                "PERSONAL_CARE",
                "NURSING",
                "DOMESTIC_SUPPORT"
              ]
            }
          },
          {
            "name": "staffLevel",
            "doc": "Qualification level of the professional who visited.",
            "type": {
              "type": "enum",
              "name": "StaffLevel",
              "doc": "Dutch qualification level (kwalificatieniveau) of care staff: 1 care aide up to 6 nurse specialist.",
              "symbols": [
                "LEVEL_1",
                "LEVEL_2",
                "LEVEL_3",
                "LEVEL_4",
                "LEVEL_5",
                "LEVEL_6"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ObjectionRecorded",
      "version": 1,
      "file": "events/objection-recorded/v1.avsc",
      "schema": {
        "type": "record",
        "name": "ObjectionRecorded",
        "namespace": "nl.blauwezorg.care",
        "doc": "The client objected to the use of their data: on the shared timeline, in analytics, or both.",
        "bz.dataCategory": "CONSENT",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "objectionId",
            "doc": "Id of the objection; a withdrawal names it.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "scope",
            "doc": "What the client objects to.",
            "type": {
              "type": "enum",
              "name": "ObjectionScope",
              "doc": "What the client objects to: appearing on the shared timeline professionals see, being counted in analytics, or both.",
              "symbols": [
                "SHARED_TIMELINE",
                "ANALYTICS",
                "SHARED_TIMELINE_AND_ANALYTICS"
              ]
            }
          },
          {
            "name": "raisedBy",
            "doc": "Who raised the objection.",
            "type": {
              "type": "enum",
              "name": "Grantor",
              "doc": "Who gave or withdrew a consent or objection: the client, a legal representative, or a parent (for a client under 16).",
              "symbols": [
                "CLIENT",
                "LEGAL_REPRESENTATIVE",
                "PARENT"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ObjectionRecorded",
      "version": 2,
      "file": "events/objection-recorded/v2.avsc",
      "schema": {
        "type": "record",
        "name": "ObjectionRecorded",
        "namespace": "nl.blauwezorg.care",
        "doc": "The client objected to the use of their data: on the shared timeline, in analytics, or both.",
        "bz.dataCategory": "CONSENT",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "objectionId",
            "doc": "Id of the objection; a withdrawal names it.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "scope",
            "doc": "What the client objects to.",
            "type": {
              "type": "enum",
              "name": "ObjectionScope",
              "doc": "What the client objects to: appearing on the shared timeline professionals see, being counted in analytics, or both.",
              "symbols": [
                "SHARED_TIMELINE",
                "ANALYTICS",
                "SHARED_TIMELINE_AND_ANALYTICS"
              ]
            }
          },
          {
            "name": "raisedBy",
            "doc": "Who raised the objection.",
            "type": {
              "type": "enum",
              "name": "Grantor",
              "doc": "Who gave or withdrew a consent or objection: the client, a legal representative, or a parent (for a client under 16).",
              "symbols": [
                "CLIENT",
                "LEGAL_REPRESENTATIVE",
                "PARENT"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ObjectionWithdrawn",
      "version": 1,
      "file": "events/objection-withdrawn/v1.avsc",
      "schema": {
        "type": "record",
        "name": "ObjectionWithdrawn",
        "namespace": "nl.blauwezorg.care",
        "doc": "The client withdrew an objection.",
        "bz.dataCategory": "CONSENT",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "objectionId",
            "doc": "The objection withdrawn (ObjectionRecorded.objectionId).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "scope",
            "doc": "What the withdrawn objection covered.",
            "type": {
              "type": "enum",
              "name": "ObjectionScope",
              "doc": "What the client objects to: appearing on the shared timeline professionals see, being counted in analytics, or both.",
              "symbols": [
                "SHARED_TIMELINE",
                "ANALYTICS",
                "SHARED_TIMELINE_AND_ANALYTICS"
              ]
            }
          },
          {
            "name": "raisedBy",
            "doc": "Who withdrew the objection.",
            "type": {
              "type": "enum",
              "name": "Grantor",
              "doc": "Who gave or withdrew a consent or objection: the client, a legal representative, or a parent (for a client under 16).",
              "symbols": [
                "CLIENT",
                "LEGAL_REPRESENTATIVE",
                "PARENT"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ObjectionWithdrawn",
      "version": 2,
      "file": "events/objection-withdrawn/v2.avsc",
      "schema": {
        "type": "record",
        "name": "ObjectionWithdrawn",
        "namespace": "nl.blauwezorg.care",
        "doc": "The client withdrew an objection.",
        "bz.dataCategory": "CONSENT",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "objectionId",
            "doc": "The objection withdrawn (ObjectionRecorded.objectionId).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "scope",
            "doc": "What the withdrawn objection covered.",
            "type": {
              "type": "enum",
              "name": "ObjectionScope",
              "doc": "What the client objects to: appearing on the shared timeline professionals see, being counted in analytics, or both.",
              "symbols": [
                "SHARED_TIMELINE",
                "ANALYTICS",
                "SHARED_TIMELINE_AND_ANALYTICS"
              ]
            }
          },
          {
            "name": "raisedBy",
            "doc": "Who withdrew the objection.",
            "type": {
              "type": "enum",
              "name": "Grantor",
              "doc": "Who gave or withdrew a consent or objection: the client, a legal representative, or a parent (for a client under 16).",
              "symbols": [
                "CLIENT",
                "LEGAL_REPRESENTATIVE",
                "PARENT"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "PositiveHealthAssessed",
      "version": 1,
      "file": "events/positive-health-assessed/v1.avsc",
      "schema": {
        "type": "record",
        "name": "PositiveHealthAssessed",
        "namespace": "nl.blauwezorg.care",
        "doc": "A Positive Health conversation took place: the six dimension scores (the spider web), optionally the 42 item scores, and the client's stated wish. A conversation tool, not an outcome score.",
        "bz.dataCategory": "POSITIVE_HEALTH",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "context",
            "doc": "Why the assessment was done.",
            "type": {
              "type": "enum",
              "name": "AssessmentContext",
              "doc": "Occasion of a Positive Health assessment: at intake, an evaluation, a follow-up, a workshop, or the client's own self-assessment.",
              "symbols": [
                "INTAKE",
                "EVALUATION",
                "FOLLOW_UP",
                "WORKSHOP",
                "SELF_ASSESSMENT"
              ]
            }
          },
          {
            "name": "scores",
            "doc": "The six dimension scores, each the mean of its items on 0-10.",
            "type": {
              "type": "record",
              "name": "PositiveHealthScores",
              "doc": "One score 0-10 per Positive Health dimension.",
              "fields": [
                {
                  "name": "bodyFunctions",
                  "doc": "Body functions (lichaamsfuncties). Score 0-10.",
                  "type": {
                    "type": "double",
                    "bz.min": 0,
                    "bz.max": 10
                  }
                },
                {
                  "name": "mentalWellbeing",
                  "doc": "Mental well-being (mentaal welbevinden). Score 0-10.",
                  "type": {
                    "type": "double",
                    "bz.min": 0,
                    "bz.max": 10
                  }
                },
                {
                  "name": "meaning",
                  "doc": "Meaning (zingeving). Score 0-10.",
                  "type": {
                    "type": "double",
                    "bz.min": 0,
                    "bz.max": 10
                  }
                },
                {
                  "name": "qualityOfLife",
                  "doc": "Quality of life (kwaliteit van leven). Score 0-10.",
                  "type": {
                    "type": "double",
                    "bz.min": 0,
                    "bz.max": 10
                  }
                },
                {
                  "name": "participation",
                  "doc": "Participation (meedoen). Score 0-10.",
                  "type": {
                    "type": "double",
                    "bz.min": 0,
                    "bz.max": 10
                  }
                },
                {
                  "name": "dailyFunctioning",
                  "doc": "Daily functioning (dagelijks functioneren). Score 0-10.",
                  "type": {
                    "type": "double",
                    "bz.min": 0,
                    "bz.max": 10
                  }
                }
              ]
            }
          },
          {
            "name": "items",
            "doc": "The item scores, when the full questionnaire was used (at most 42: seven per dimension).",
            "type": [
              "null",
              {
                "type": "array",
                "bz.maxItems": 42,
                "items": {
                  "type": "record",
                  "name": "PositiveHealthItem",
                  "doc": "One item of the Positive Health questionnaire.",
                  "fields": [
                    {
                      "name": "dimension",
                      "doc": "The dimension the item belongs to.",
                      "type": {
                        "type": "enum",
                        "name": "PositiveHealthDimension",
                        "doc": "The six dimensions of Positive Health (Machteld Huber's spider web), each with seven items.",
                        "symbols": [
                          "BODY_FUNCTIONS",
                          "MENTAL_WELLBEING",
                          "MEANING",
                          "QUALITY_OF_LIFE",
                          "PARTICIPATION",
                          "DAILY_FUNCTIONING"
                        ]
                      }
                    },
                    {
                      "name": "item",
                      "doc": "Number of the item within its dimension, 1-7.",
                      "type": {
                        "type": "int",
                        "bz.min": 1,
                        "bz.max": 7
                      }
                    },
                    {
                      "name": "score",
                      "doc": "The item's score, 0-10.",
                      "type": {
                        "type": "int",
                        "bz.min": 0,
                        "bz.max": 10
                      }
                    }
                  ]
                }
              }
            ],
            "default": null
          },
          {
            "name": "statedWish",
            "doc": "What the client said they want to change, in their own words.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 2000
              }
            ],
            "default": null,
            "bz.personal": true
          }
        ]
      }
    },
    {
      "eventType": "PositiveHealthAssessed",
      "version": 2,
      "file": "events/positive-health-assessed/v2.avsc",
      "schema": {
        "type": "record",
        "name": "PositiveHealthAssessed",
        "namespace": "nl.blauwezorg.care",
        "doc": "A Positive Health conversation took place: the six dimension scores (the spider web), optionally the 42 item scores, and the client's stated wish. A conversation tool, not an outcome score.",
        "bz.dataCategory": "POSITIVE_HEALTH",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "context",
            "doc": "Why the assessment was done.",
            "type": {
              "type": "enum",
              "name": "AssessmentContext",
              "doc": "Occasion of a Positive Health assessment: at intake, an evaluation, a follow-up, a workshop, or the client's own self-assessment.",
              "symbols": [
                "INTAKE",
                "EVALUATION",
                "FOLLOW_UP",
                "WORKSHOP",
                "SELF_ASSESSMENT"
              ]
            }
          },
          {
            "name": "scores",
            "doc": "The six dimension scores, each the mean of its items on 0-10.",
            "type": {
              "type": "record",
              "name": "PositiveHealthScores",
              "doc": "One score 0-10 per Positive Health dimension.",
              "fields": [
                {
                  "name": "bodyFunctions",
                  "doc": "Body functions (lichaamsfuncties). Score 0-10.",
                  "type": {
                    "type": "double",
                    "bz.min": 0,
                    "bz.max": 10
                  }
                },
                {
                  "name": "mentalWellbeing",
                  "doc": "Mental well-being (mentaal welbevinden). Score 0-10.",
                  "type": {
                    "type": "double",
                    "bz.min": 0,
                    "bz.max": 10
                  }
                },
                {
                  "name": "meaning",
                  "doc": "Meaning (zingeving). Score 0-10.",
                  "type": {
                    "type": "double",
                    "bz.min": 0,
                    "bz.max": 10
                  }
                },
                {
                  "name": "qualityOfLife",
                  "doc": "Quality of life (kwaliteit van leven). Score 0-10.",
                  "type": {
                    "type": "double",
                    "bz.min": 0,
                    "bz.max": 10
                  }
                },
                {
                  "name": "participation",
                  "doc": "Participation (meedoen). Score 0-10.",
                  "type": {
                    "type": "double",
                    "bz.min": 0,
                    "bz.max": 10
                  }
                },
                {
                  "name": "dailyFunctioning",
                  "doc": "Daily functioning (dagelijks functioneren). Score 0-10.",
                  "type": {
                    "type": "double",
                    "bz.min": 0,
                    "bz.max": 10
                  }
                }
              ]
            }
          },
          {
            "name": "items",
            "doc": "The item scores, when the full questionnaire was used (at most 42: seven per dimension).",
            "type": [
              "null",
              {
                "type": "array",
                "bz.maxItems": 42,
                "items": {
                  "type": "record",
                  "name": "PositiveHealthItem",
                  "doc": "One item of the Positive Health questionnaire.",
                  "fields": [
                    {
                      "name": "dimension",
                      "doc": "The dimension the item belongs to.",
                      "type": {
                        "type": "enum",
                        "name": "PositiveHealthDimension",
                        "doc": "The six dimensions of Positive Health (Machteld Huber's spider web), each with seven items.",
                        "symbols": [
                          "BODY_FUNCTIONS",
                          "MENTAL_WELLBEING",
                          "MEANING",
                          "QUALITY_OF_LIFE",
                          "PARTICIPATION",
                          "DAILY_FUNCTIONING"
                        ]
                      }
                    },
                    {
                      "name": "item",
                      "doc": "Number of the item within its dimension, 1-7.",
                      "type": {
                        "type": "int",
                        "bz.min": 1,
                        "bz.max": 7
                      }
                    },
                    {
                      "name": "score",
                      "doc": "The item's score, 0-10.",
                      "type": {
                        "type": "int",
                        "bz.min": 0,
                        "bz.max": 10
                      }
                    }
                  ]
                }
              }
            ],
            "default": null
          },
          {
            "name": "statedWish",
            "doc": "What the client said they want to change, in their own words.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 2000
              }
            ],
            "default": null,
            "bz.personal": true
          }
        ]
      }
    },
    {
      "eventType": "ReferralAccepted",
      "version": 1,
      "file": "events/referral-accepted/v1.avsc",
      "schema": {
        "type": "record",
        "name": "ReferralAccepted",
        "namespace": "nl.blauwezorg.care",
        "doc": "The receiving partner accepted a referral; this opens a care relationship.",
        "bz.dataCategory": "per-event",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "referralId",
            "doc": "Id of the referral, as given in ReferralMade by the referring partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "referringPartner",
            "doc": "The partner that made the referral.",
            "type": "nl.blauwezorg.care.Partner"
          },
          {
            "name": "expectedStart",
            "doc": "The date care is expected to start, if known.",
            "type": [
              "null",
              {
                "type": "int",
                "logicalType": "date"
              }
            ],
            "default": null
          }
        ]
      }
    },
    {
      "eventType": "ReferralAccepted",
      "version": 2,
      "file": "events/referral-accepted/v2.avsc",
      "schema": {
        "type": "record",
        "name": "ReferralAccepted",
        "namespace": "nl.blauwezorg.care",
        "doc": "The receiving partner accepted a referral; this opens a care relationship.",
        "bz.dataCategory": "per-event",
        "bz.rules": {
          "referral-id-shape": "referralId has the shape of a ReferralMade's id (letters, digits, '.', '_', ':', '-'); that a referral with this id was made is checked by the platform's state, not the codec."
        },
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "referralId",
            "doc": "Id of the referral, as given in ReferralMade by the referring partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "referringPartner",
            "doc": "The partner that made the referral.",
            "type": "nl.blauwezorg.care.Partner"
          },
          {
            "name": "expectedStart",
            "doc": "The date care is expected to start, if known.",
            "type": [
              "null",
              {
                "type": "int",
                "logicalType": "date"
              }
            ],
            "default": null
          }
        ]
      }
    },
    {
      "eventType": "ReferralCompleted",
      "version": 1,
      "file": "events/referral-completed/v1.avsc",
      "schema": {
        "type": "record",
        "name": "ReferralCompleted",
        "namespace": "nl.blauwezorg.care",
        "doc": "The receiving partner completed the care a referral asked for, closing the loop with an outcome.",
        "bz.dataCategory": "per-event",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "referralId",
            "doc": "Id of the referral, as given in ReferralMade by the referring partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "referringPartner",
            "doc": "The partner that made the referral.",
            "type": "nl.blauwezorg.care.Partner"
          },
          {
            "name": "outcome",
            "doc": "The outcome of the referred care.",
            "type": {
              "type": "enum",
              "name": "ReferralOutcome",
              "doc": "Outcome of referred care: goals met, partly met, not met, the client stopped, or referred onward.",
              "symbols": [
                "GOALS_MET",
                "PARTLY_MET",
                "NOT_MET",
                "CLIENT_STOPPED",
                "REFERRED_ONWARD"
              ]
            }
          },
          {
            "name": "summary",
            "doc": "Summary for the referring professional, if written.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 2000
              }
            ],
            "default": null,
            "bz.personal": true
          }
        ]
      }
    },
    {
      "eventType": "ReferralCompleted",
      "version": 2,
      "file": "events/referral-completed/v2.avsc",
      "schema": {
        "type": "record",
        "name": "ReferralCompleted",
        "namespace": "nl.blauwezorg.care",
        "doc": "The receiving partner completed the care a referral asked for, closing the loop with an outcome.",
        "bz.dataCategory": "per-event",
        "bz.rules": {
          "referral-id-shape": "referralId has the shape of a ReferralMade's id (letters, digits, '.', '_', ':', '-')."
        },
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "referralId",
            "doc": "Id of the referral, as given in ReferralMade by the referring partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "referringPartner",
            "doc": "The partner that made the referral.",
            "type": "nl.blauwezorg.care.Partner"
          },
          {
            "name": "outcome",
            "doc": "The outcome of the referred care.",
            "type": {
              "type": "enum",
              "name": "ReferralOutcome",
              "doc": "Outcome of referred care: goals met, partly met, not met, the client stopped, or referred onward.",
              "symbols": [
                "GOALS_MET",
                "PARTLY_MET",
                "NOT_MET",
                "CLIENT_STOPPED",
                "REFERRED_ONWARD"
              ]
            }
          },
          {
            "name": "summary",
            "doc": "Summary for the referring professional, if written.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 2000
              }
            ],
            "default": null,
            "bz.personal": true
          }
        ]
      }
    },
    {
      "eventType": "ReferralMade",
      "version": 1,
      "file": "events/referral-made/v1.avsc",
      "schema": {
        "type": "record",
        "name": "ReferralMade",
        "namespace": "nl.blauwezorg.care",
        "doc": "A partner referred the client to another partner or service. Opens the closed referral loop (ReferralAccepted/Rejected/Completed).",
        "bz.dataCategory": "per-event",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "referralId",
            "doc": "Id of the referral, as given in ReferralMade by the referring partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "toPartner",
            "doc": "The partner referred to.",
            "type": "nl.blauwezorg.care.Partner"
          },
          {
            "name": "toService",
            "doc": "The service referred to, in the receiving partner's words.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 200
            }
          },
          {
            "name": "reason",
            "doc": "Why the client is referred.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 2000
            },
            "bz.personal": true
          },
          {
            "name": "urgency",
            "doc": "How soon the receiving partner should act.",
            "type": {
              "type": "enum",
              "name": "Urgency",
              "doc": "How soon the receiving partner should act on a referral: routine (weeks), soon (days), urgent (within a day), crisis (now).",
              "symbols": [
                "ROUTINE",
                "SOON",
                "URGENT",
                "CRISIS"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ReferralMade",
      "version": 2,
      "file": "events/referral-made/v2.avsc",
      "schema": {
        "type": "record",
        "name": "ReferralMade",
        "namespace": "nl.blauwezorg.care",
        "doc": "A partner referred the client to another partner or service. Opens the closed referral loop (ReferralAccepted/Rejected/Completed).",
        "bz.dataCategory": "per-event",
        "bz.rules": {
          "referral-id-shape": "referralId uses letters, digits, '.', '_', ':' and '-' only, so the answers can refer to it."
        },
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "referralId",
            "doc": "Id of the referral, as given in ReferralMade by the referring partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "toPartner",
            "doc": "The partner referred to.",
            "type": "nl.blauwezorg.care.Partner"
          },
          {
            "name": "toService",
            "doc": "The service referred to, in the receiving partner's words.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 200
            }
          },
          {
            "name": "reason",
            "doc": "Why the client is referred.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 2000
            },
            "bz.personal": true
          },
          {
            "name": "urgency",
            "doc": "How soon the receiving partner should act.",
            "type": {
              "type": "enum",
              "name": "Urgency",
              "doc": "How soon the receiving partner should act on a referral: routine (weeks), soon (days), urgent (within a day), crisis (now).",
              "symbols": [
                "ROUTINE",
                "SOON",
                "URGENT",
                "CRISIS"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ReferralRejected",
      "version": 1,
      "file": "events/referral-rejected/v1.avsc",
      "schema": {
        "type": "record",
        "name": "ReferralRejected",
        "namespace": "nl.blauwezorg.care",
        "doc": "The receiving partner rejected a referral, with a reason the referrer can act on.",
        "bz.dataCategory": "per-event",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "referralId",
            "doc": "Id of the referral, as given in ReferralMade by the referring partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "referringPartner",
            "doc": "The partner that made the referral.",
            "type": "nl.blauwezorg.care.Partner"
          },
          {
            "name": "reason",
            "doc": "Why the referral was rejected (required).",
            "type": {
              "type": "enum",
              "name": "RejectionReason",
              "doc": "Why a referral was rejected: no capacity, the client is not eligible, the wrong service was asked, the client declined, the client could not be reached, or another reason.",
              "symbols": [
                "NO_CAPACITY",
                "NOT_ELIGIBLE",
                "WRONG_SERVICE",
                "CLIENT_DECLINED",
                "CLIENT_UNREACHABLE",
                "OTHER"
              ]
            }
          },
          {
            "name": "explanation",
            "doc": "The explanation for the referring professional (required).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 2000
            },
            "bz.personal": true
          }
        ]
      }
    },
    {
      "eventType": "ReferralRejected",
      "version": 2,
      "file": "events/referral-rejected/v2.avsc",
      "schema": {
        "type": "record",
        "name": "ReferralRejected",
        "namespace": "nl.blauwezorg.care",
        "doc": "The receiving partner rejected a referral, with a reason the referrer can act on.",
        "bz.dataCategory": "per-event",
        "bz.rules": {
          "referral-id-shape": "referralId has the shape of a ReferralMade's id (letters, digits, '.', '_', ':', '-')."
        },
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "dataCategory",
            "doc": "The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive).",
            "type": {
              "type": "enum",
              "name": "DataCategory",
              "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
              "symbols": [
                "HOME_CARE",
                "DISABILITY_SUPPORT",
                "SOCIAL_SUPPORT",
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER",
                "POSITIVE_HEALTH",
                "COSTS",
                "CONSENT",
                "CARE_COORDINATION",
                "RESIDENCE"
              ],
              "bz.sensitive": [
                "MENTAL_HEALTH",
                "ADDICTION",
                "SHELTER"
              ]
            }
          },
          {
            "name": "referralId",
            "doc": "Id of the referral, as given in ReferralMade by the referring partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "referringPartner",
            "doc": "The partner that made the referral.",
            "type": "nl.blauwezorg.care.Partner"
          },
          {
            "name": "reason",
            "doc": "Why the referral was rejected (required).",
            "type": {
              "type": "enum",
              "name": "RejectionReason",
              "doc": "Why a referral was rejected: no capacity, the client is not eligible, the wrong service was asked, the client declined, the client could not be reached, or another reason.",
              "symbols": [
                "NO_CAPACITY",
                "NOT_ELIGIBLE",
                "WRONG_SERVICE",
                "CLIENT_DECLINED",
                "CLIENT_UNREACHABLE",
                "OTHER"
              ]
            }
          },
          {
            "name": "explanation",
            "doc": "The explanation for the referring professional (required).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 2000
            },
            "bz.personal": true
          }
        ]
      }
    },
    {
      "eventType": "ShelterStayEnded",
      "version": 1,
      "file": "events/shelter-stay-ended/v1.avsc",
      "schema": {
        "type": "record",
        "name": "ShelterStayEnded",
        "namespace": "nl.blauwezorg.care",
        "doc": "A shelter stay ended.",
        "bz.dataCategory": "SHELTER",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "stayId",
            "doc": "Id of the stay, as in ShelterStayStarted.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "nights",
            "doc": "Number of nights the stay lasted.",
            "type": {
              "type": "int",
              "bz.min": 0,
              "bz.max": 36600
            }
          },
          {
            "name": "endReason",
            "doc": "Why the stay ended.",
            "type": {
              "type": "enum",
              "name": "ShelterEndReason",
              "doc": "Why a shelter stay ended: the client found housing, moved to another facility, left without notice, was sent away, went to hospital or detention, died, or another reason.",
              "symbols": [
                "HOUSED",
                "MOVED_TO_OTHER_FACILITY",
                "LEFT_WITHOUT_NOTICE",
                "SENT_AWAY",
                "HOSPITAL_OR_DETENTION",
                "DECEASED",
                "OTHER"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ShelterStayEnded",
      "version": 2,
      "file": "events/shelter-stay-ended/v2.avsc",
      "schema": {
        "type": "record",
        "name": "ShelterStayEnded",
        "namespace": "nl.blauwezorg.care",
        "doc": "A shelter stay ended.",
        "bz.dataCategory": "SHELTER",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "stayId",
            "doc": "Id of the stay, as in ShelterStayStarted.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "nights",
            "doc": "Number of nights the stay lasted.",
            "type": {
              "type": "int",
              "bz.min": 0,
              "bz.max": 36600
            }
          },
          {
            "name": "endReason",
            "doc": "Why the stay ended.",
            "type": {
              "type": "enum",
              "name": "ShelterEndReason",
              "doc": "Why a shelter stay ended: the client found housing, moved to another facility, left without notice, was sent away, went to hospital or detention, died, or another reason.",
              "symbols": [
                "HOUSED",
                "MOVED_TO_OTHER_FACILITY",
                "LEFT_WITHOUT_NOTICE",
                "SENT_AWAY",
                "HOSPITAL_OR_DETENTION",
                "DECEASED",
                "OTHER"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ShelterStayStarted",
      "version": 1,
      "file": "events/shelter-stay-started/v1.avsc",
      "schema": {
        "type": "record",
        "name": "ShelterStayStarted",
        "namespace": "nl.blauwezorg.care",
        "doc": "The client started a stay in a shelter or sheltered-housing facility.",
        "bz.dataCategory": "SHELTER",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "stayId",
            "doc": "Id of the stay within the publishing partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "facilityType",
            "doc": "The kind of facility.",
            "type": {
              "type": "enum",
              "name": "ShelterFacilityType",
              "doc": "Kind of shelter: night shelter (nachtopvang), 24-hour shelter, crisis shelter, or sheltered housing (beschermd wonen).",
              "symbols": [
                "NIGHT_SHELTER",
                "DAY_AND_NIGHT_SHELTER",
                "CRISIS_SHELTER",
                "SHELTERED_HOUSING"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "ShelterStayStarted",
      "version": 2,
      "file": "events/shelter-stay-started/v2.avsc",
      "schema": {
        "type": "record",
        "name": "ShelterStayStarted",
        "namespace": "nl.blauwezorg.care",
        "doc": "The client started a stay in a shelter or sheltered-housing facility.",
        "bz.dataCategory": "SHELTER",
        "bz.rules": {
          "financing-required": "financingDomain is not null."
        },
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "stayId",
            "doc": "Id of the stay within the publishing partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "facilityType",
            "doc": "The kind of facility.",
            "type": {
              "type": "enum",
              "name": "ShelterFacilityType",
              "doc": "Kind of shelter: night shelter (nachtopvang), 24-hour shelter, crisis shelter, or sheltered housing (beschermd wonen).",
              "symbols": [
                "NIGHT_SHELTER",
                "DAY_AND_NIGHT_SHELTER",
                "CRISIS_SHELTER",
                "SHELTERED_HOUSING"
              ]
            }
          }
        ]
      }
    },
    {
      "eventType": "SocialTeamIntakeCompleted",
      "version": 1,
      "file": "events/social-team-intake-completed/v1.avsc",
      "schema": {
        "type": "record",
        "name": "SocialTeamIntakeCompleted",
        "namespace": "nl.blauwezorg.care",
        "doc": "The Sociaal Team completed an intake (keukentafelgesprek) with the client or household.",
        "bz.dataCategory": "SOCIAL_SUPPORT",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "intakeId",
            "doc": "Id of the intake within the publishing partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "requestDomains",
            "doc": "The life domains the request for help concerns (at least one).",
            "type": {
              "type": "array",
              "items": {
                "type": "enum",
                "name": "LifeDomain",
                "doc": "A life domain a request for help concerns: money, housing, relationships, care, loneliness, parenting, work and daytime activities, safety.",
                "symbols": [
                  "MONEY",
                  "HOUSING",
                  "RELATIONSHIPS",
                  "CARE",
                  "LONELINESS",
                  "PARENTING",
                  "WORK_AND_DAYTIME",
                  "SAFETY"
                ]
              },
              "bz.minItems": 1,
              "bz.maxItems": 8
            }
          },
          {
            "name": "outcome",
            "doc": "What the intake led to.",
            "type": {
              "type": "enum",
              "name": "IntakeOutcome",
              "doc": "Outcome of an intake: support by the Sociaal Team itself, a referral, family coordination (gezinsregie), no support needed, or the client declined.",
              "symbols": [
                "SOCIAL_TEAM_SUPPORT",
                "REFERRED",
                "FAMILY_COORDINATION",
                "NO_SUPPORT_NEEDED",
                "CLIENT_DECLINED"
              ]
            }
          },
          {
            "name": "partnersInvolved",
            "doc": "The partners taking part in the intake besides the publisher.",
            "type": {
              "type": "array",
              "items": "nl.blauwezorg.care.Partner",
              "bz.maxItems": 12
            }
          }
        ]
      }
    },
    {
      "eventType": "SocialTeamIntakeCompleted",
      "version": 2,
      "file": "events/social-team-intake-completed/v2.avsc",
      "schema": {
        "type": "record",
        "name": "SocialTeamIntakeCompleted",
        "namespace": "nl.blauwezorg.care",
        "doc": "The Sociaal Team completed an intake (keukentafelgesprek) with the client or household.",
        "bz.dataCategory": "SOCIAL_SUPPORT",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "intakeId",
            "doc": "Id of the intake within the publishing partner.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "requestDomains",
            "doc": "The life domains the request for help concerns (at least one).",
            "type": {
              "type": "array",
              "items": {
                "type": "enum",
                "name": "LifeDomain",
                "doc": "A life domain a request for help concerns: money, housing, relationships, care, loneliness, parenting, work and daytime activities, safety.",
                "symbols": [
                  "MONEY",
                  "HOUSING",
                  "RELATIONSHIPS",
                  "CARE",
                  "LONELINESS",
                  "PARENTING",
                  "WORK_AND_DAYTIME",
                  "SAFETY"
                ]
              },
              "bz.minItems": 1,
              "bz.maxItems": 8
            }
          },
          {
            "name": "outcome",
            "doc": "What the intake led to.",
            "type": {
              "type": "enum",
              "name": "IntakeOutcome",
              "doc": "Outcome of an intake: support by the Sociaal Team itself, a referral, family coordination (gezinsregie), no support needed, or the client declined.",
              "symbols": [
                "SOCIAL_TEAM_SUPPORT",
                "REFERRED",
                "FAMILY_COORDINATION",
                "NO_SUPPORT_NEEDED",
                "CLIENT_DECLINED"
              ]
            }
          },
          {
            "name": "partnersInvolved",
            "doc": "The partners taking part in the intake besides the publisher.",
            "type": {
              "type": "array",
              "items": "nl.blauwezorg.care.Partner",
              "bz.maxItems": 12
            }
          }
        ]
      }
    },
    {
      "eventType": "SubjectMoved",
      "version": 1,
      "file": "events/subject-moved/v1.avsc",
      "schema": {
        "type": "record",
        "name": "SubjectMoved",
        "namespace": "nl.blauwezorg.care",
        "doc": "The client moved. The envelope's buurtCode is the new address's buurt.",
        "bz.dataCategory": "RESIDENCE",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. The first seven publish today; the others are named now so that they can join without a new version of every event (an enum change ripples into every schema that uses it).",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Keyed pseudonym of the client's household when the care concerns the household (e.g. family coordination); null otherwise.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under.",
            "type": {
              "type": "enum",
              "name": "FinancingDomain",
              "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget.",
              "symbols": [
                "ZVW",
                "WLZ",
                "WMO",
                "JW",
                "PW",
                "WPG",
                "SUBSIDY",
                "POOL"
              ]
            }
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "fromWard",
            "doc": "The ward the client moved from.",
            "type": {
              "type": "enum",
              "name": "Ward",
              "doc": "A ward (wijk/buurt) of Maastricht-Oost in the pilot, or ELSEWHERE for any address outside the four.",
              "symbols": [
                "WYCKERPOORT",
                "WITTEVROUWENVELD",
                "NAZARETH",
                "LIMMEL",
                "ELSEWHERE"
              ],
              "bz.buurtCodes": {
                "WYCKERPOORT": "BU09350400",
                "WITTEVROUWENVELD": "BU09350402",
                "NAZARETH": "BU09350403",
                "LIMMEL": "BU09350404"
              },
              "bz.unverified": [
                "WITTEVROUWENVELD"
              ]
            }
          },
          {
            "name": "toWard",
            "doc": "The ward the client moved to.",
            "type": "nl.blauwezorg.care.Ward"
          }
        ]
      }
    },
    {
      "eventType": "SubjectMoved",
      "version": 2,
      "file": "events/subject-moved/v2.avsc",
      "schema": {
        "type": "record",
        "name": "SubjectMoved",
        "namespace": "nl.blauwezorg.care",
        "doc": "The client moved. The envelope's buurtCode is the new address's buurt.",
        "bz.dataCategory": "RESIDENCE",
        "bz.rules": {
          "ward-matches-buurt": "toWard is the ward of the envelope's buurtCode (the new address), or ELSEWHERE when the buurt code is not one of the four wards."
        },
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "fromWard",
            "doc": "The ward the client moved from.",
            "type": {
              "type": "enum",
              "name": "Ward",
              "doc": "A ward (wijk/buurt) of Maastricht-Oost in the pilot, or ELSEWHERE for any address outside the four.",
              "symbols": [
                "WYCKERPOORT",
                "WITTEVROUWENVELD",
                "NAZARETH",
                "LIMMEL",
                "ELSEWHERE"
              ],
              "bz.buurtCodes": {
                "WYCKERPOORT": "BU09350400",
                "WITTEVROUWENVELD": "BU09350402",
                "NAZARETH": "BU09350403",
                "LIMMEL": "BU09350404"
              },
              "bz.unverified": [
                "WITTEVROUWENVELD"
              ]
            }
          },
          {
            "name": "toWard",
            "doc": "The ward the client moved to.",
            "type": "nl.blauwezorg.care.Ward"
          }
        ]
      }
    }
  ],
  "shared": [
    {
      "file": "shared/actor-role.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "ActorRole",
        "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
        "symbols": [
          "DISTRICT_NURSE",
          "NURSING_ASSISTANT",
          "HOME_HELP",
          "SOCIAL_WORKER",
          "SOCIAL_TEAM_MEMBER",
          "FAMILY_COORDINATOR",
          "SUPPORT_WORKER",
          "PSYCHOLOGIST",
          "PSYCHIATRIST",
          "MENTAL_HEALTH_NURSE",
          "ADDICTION_CARE_WORKER",
          "SHELTER_WORKER",
          "PROBATION_OFFICER",
          "GP",
          "PRACTICE_NURSE_MENTAL_HEALTH",
          "ADMINISTRATOR",
          "OTHER"
        ]
      }
    },
    {
      "file": "shared/actor.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "record",
        "name": "Actor",
        "doc": "Who acted: the professional's role and the responsible professional.",
        "fields": [
          {
            "name": "role",
            "doc": "Professional role of whoever acted.",
            "type": {
              "type": "enum",
              "name": "ActorRole",
              "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
              "symbols": [
                "DISTRICT_NURSE",
                "NURSING_ASSISTANT",
                "HOME_HELP",
                "SOCIAL_WORKER",
                "SOCIAL_TEAM_MEMBER",
                "FAMILY_COORDINATOR",
                "SUPPORT_WORKER",
                "PSYCHOLOGIST",
                "PSYCHIATRIST",
                "MENTAL_HEALTH_NURSE",
                "ADDICTION_CARE_WORKER",
                "SHELTER_WORKER",
                "PROBATION_OFFICER",
                "GP",
                "PRACTICE_NURSE_MENTAL_HEALTH",
                "ADMINISTRATOR",
                "OTHER"
              ]
            }
          },
          {
            "name": "professionalId",
            "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          }
        ]
      }
    },
    {
      "file": "shared/age-band.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "AgeBand",
        "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
        "symbols": [
          "AGE_0_3",
          "AGE_4_11",
          "AGE_12_17",
          "AGE_18_26",
          "AGE_27_64",
          "AGE_65_79",
          "AGE_80_PLUS"
        ]
      }
    },
    {
      "file": "shared/consent-purpose.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "ConsentPurpose",
        "doc": "What shared data may be used for: coordinating the client's care between partners, or population analytics.",
        "symbols": [
          "CARE_COORDINATION",
          "ANALYTICS"
        ]
      }
    },
    {
      "file": "shared/contact-mode.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "ContactMode",
        "doc": "How a contact took place: face to face at the partner's location, by phone, a home visit, a group session or a video call.",
        "symbols": [
          "FACE_TO_FACE",
          "PHONE",
          "HOME_VISIT",
          "GROUP",
          "VIDEO"
        ]
      }
    },
    {
      "file": "shared/data-category.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "DataCategory",
        "doc": "The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them.",
        "symbols": [
          "HOME_CARE",
          "DISABILITY_SUPPORT",
          "SOCIAL_SUPPORT",
          "MENTAL_HEALTH",
          "ADDICTION",
          "SHELTER",
          "POSITIVE_HEALTH",
          "COSTS",
          "CONSENT",
          "CARE_COORDINATION",
          "RESIDENCE"
        ],
        "bz.sensitive": [
          "MENTAL_HEALTH",
          "ADDICTION",
          "SHELTER"
        ]
      }
    },
    {
      "file": "shared/envelope.avsc",
      "schema": {
        "type": "record",
        "name": "Envelope",
        "namespace": "nl.blauwezorg.care",
        "doc": "The fields every care event starts with, in this order. Event schemas copy them inline (each .avsc is self-contained); a test keeps the copies identical to this file. Rules beyond Avro that every event must keep (the recorder dead-letters, the gateway refuses with 422 or 400): no string holds a control character U+0000-U+001F other than tab, newline and carriage return, a lone surrogate, or a non-character (U+FDD0-U+FDEF, U+FFFE, U+FFFF and their counterparts in every plane) (CONTRACT_FORBIDDEN_CHARACTER); subject and household are pseudonyms <keyId>:<43 base64url characters> made with a key the platform holds (INGEST_NOT_PSEUDONYMISED, PRIVACY_UNKNOWN_KEY); no string holds a nine-digit number passing the elfproef, a BSN in clear (INGEST_CLEAR_IDENTIFIER); on Kafka the record key is the subject (INGEST_KEY_MISMATCH).",
        "fields": [
          {
            "name": "eventId",
            "doc": "Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once.",
            "type": {
              "type": "string",
              "logicalType": "uuid"
            }
          },
          {
            "name": "eventType",
            "doc": "Name of the event type, equal to this record's name (e.g. ContactDelivered).",
            "type": "string"
          },
          {
            "name": "schemaVersion",
            "doc": "Version of this event type's schema the event was written with: N of the file vN.avsc.",
            "type": "int"
          },
          {
            "name": "occurredAt",
            "doc": "When it happened in the real world (UTC, milliseconds since the epoch).",
            "type": {
              "type": "long",
              "logicalType": "timestamp-millis"
            }
          },
          {
            "name": "recordedAt",
            "doc": "When the publisher's system recorded it, where known; null otherwise.",
            "type": [
              "null",
              {
                "type": "long",
                "logicalType": "timestamp-millis"
              }
            ],
            "default": null
          },
          {
            "name": "publisher",
            "doc": "The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on.",
            "type": {
              "type": "enum",
              "name": "Partner",
              "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
              "symbols": [
                "ENVIDA",
                "RADAR",
                "TRAJEKT",
                "LEVANTO",
                "MONDRIAAN",
                "METGGZ",
                "LEGER_DES_HEILS",
                "ZIO",
                "GGD_ZUID_LIMBURG",
                "GEMEENTE_MAASTRICHT",
                "VGZ",
                "BURGERKRACHT_LIMBURG",
                "XONAR"
              ]
            }
          },
          {
            "name": "subject",
            "doc": "Keyed pseudonym of the client the event is about (never the BSN).",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          },
          {
            "name": "household",
            "doc": "Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of \"household:\" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household.",
            "type": [
              "null",
              {
                "type": "string",
                "bz.minLength": 1,
                "bz.maxLength": 128
              }
            ],
            "default": null,
            "bz.personal": true
          },
          {
            "name": "ageBand",
            "doc": "The client's age band when the event occurred; null when the publisher does not know it. Never a birth date.",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "AgeBand",
                "doc": "The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date.",
                "symbols": [
                  "AGE_0_3",
                  "AGE_4_11",
                  "AGE_12_17",
                  "AGE_18_26",
                  "AGE_27_64",
                  "AGE_65_79",
                  "AGE_80_PLUS"
                ]
              }
            ],
            "default": null
          },
          {
            "name": "buurtCode",
            "doc": "CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it.",
            "type": {
              "type": "string",
              "bz.pattern": "^BU[0-9]{8}$"
            }
          },
          {
            "name": "financingDomain",
            "doc": "The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule).",
            "type": [
              "null",
              {
                "type": "enum",
                "name": "FinancingDomain",
                "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
                "symbols": [
                  "ZVW",
                  "WLZ",
                  "WMO",
                  "JW",
                  "PW",
                  "WPG",
                  "SUBSIDY",
                  "POOL",
                  "JUSTICE"
                ]
              }
            ]
          },
          {
            "name": "actor",
            "doc": "Who acted: the professional's role and the responsible professional.",
            "type": {
              "type": "record",
              "name": "Actor",
              "doc": "Who acted: the professional's role and the responsible professional.",
              "fields": [
                {
                  "name": "role",
                  "doc": "Professional role of whoever acted.",
                  "type": {
                    "type": "enum",
                    "name": "ActorRole",
                    "doc": "The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other.",
                    "symbols": [
                      "DISTRICT_NURSE",
                      "NURSING_ASSISTANT",
                      "HOME_HELP",
                      "SOCIAL_WORKER",
                      "SOCIAL_TEAM_MEMBER",
                      "FAMILY_COORDINATOR",
                      "SUPPORT_WORKER",
                      "PSYCHOLOGIST",
                      "PSYCHIATRIST",
                      "MENTAL_HEALTH_NURSE",
                      "ADDICTION_CARE_WORKER",
                      "SHELTER_WORKER",
                      "PROBATION_OFFICER",
                      "GP",
                      "PRACTICE_NURSE_MENTAL_HEALTH",
                      "ADMINISTRATOR",
                      "OTHER"
                    ]
                  }
                },
                {
                  "name": "professionalId",
                  "doc": "Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name).",
                  "type": {
                    "type": "string",
                    "bz.minLength": 1,
                    "bz.maxLength": 128
                  }
                }
              ]
            }
          },
          {
            "name": "correlationId",
            "doc": "Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners.",
            "type": {
              "type": "string",
              "bz.minLength": 1,
              "bz.maxLength": 128
            }
          }
        ]
      }
    },
    {
      "file": "shared/financing-domain.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "FinancingDomain",
        "doc": "Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care).",
        "symbols": [
          "ZVW",
          "WLZ",
          "WMO",
          "JW",
          "PW",
          "WPG",
          "SUBSIDY",
          "POOL",
          "JUSTICE"
        ]
      }
    },
    {
      "file": "shared/grantor.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "Grantor",
        "doc": "Who gave or withdrew a consent or objection: the client, a legal representative, or a parent (for a client under 16).",
        "symbols": [
          "CLIENT",
          "LEGAL_REPRESENTATIVE",
          "PARENT"
        ]
      }
    },
    {
      "file": "shared/household-size-band.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "HouseholdSizeBand",
        "doc": "Number of people in a household, banded: one, two, three or four, five or more.",
        "symbols": [
          "SIZE_1",
          "SIZE_2",
          "SIZE_3_4",
          "SIZE_5_PLUS"
        ]
      }
    },
    {
      "file": "shared/objection-scope.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "ObjectionScope",
        "doc": "What the client objects to: appearing on the shared timeline professionals see, being counted in analytics, or both.",
        "symbols": [
          "SHARED_TIMELINE",
          "ANALYTICS",
          "SHARED_TIMELINE_AND_ANALYTICS"
        ]
      }
    },
    {
      "file": "shared/partner.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "Partner",
        "doc": "An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default.",
        "symbols": [
          "ENVIDA",
          "RADAR",
          "TRAJEKT",
          "LEVANTO",
          "MONDRIAAN",
          "METGGZ",
          "LEGER_DES_HEILS",
          "ZIO",
          "GGD_ZUID_LIMBURG",
          "GEMEENTE_MAASTRICHT",
          "VGZ",
          "BURGERKRACHT_LIMBURG",
          "XONAR"
        ]
      }
    },
    {
      "file": "shared/positive-health-dimension.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "PositiveHealthDimension",
        "doc": "The six dimensions of Positive Health (Machteld Huber's spider web), each with seven items.",
        "symbols": [
          "BODY_FUNCTIONS",
          "MENTAL_WELLBEING",
          "MEANING",
          "QUALITY_OF_LIFE",
          "PARTICIPATION",
          "DAILY_FUNCTIONING"
        ]
      }
    },
    {
      "file": "shared/urgency.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "Urgency",
        "doc": "How soon the receiving partner should act on a referral: routine (weeks), soon (days), urgent (within a day), crisis (now).",
        "symbols": [
          "ROUTINE",
          "SOON",
          "URGENT",
          "CRISIS"
        ]
      }
    },
    {
      "file": "shared/volume-unit.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "VolumeUnit",
        "doc": "Unit of the care a cost pays for: minutes or hours of care, contacts, home visits, days or nights of a stay, months of a package or a lump sum (one item).",
        "symbols": [
          "MINUTES",
          "HOURS",
          "CONTACTS",
          "VISITS",
          "DAYS",
          "NIGHTS",
          "MONTHS",
          "ITEMS"
        ]
      }
    },
    {
      "file": "shared/ward.avsc",
      "schema": {
        "namespace": "nl.blauwezorg.care",
        "type": "enum",
        "name": "Ward",
        "doc": "A ward (wijk/buurt) of Maastricht-Oost in the pilot, or ELSEWHERE for any address outside the four.",
        "symbols": [
          "WYCKERPOORT",
          "WITTEVROUWENVELD",
          "NAZARETH",
          "LIMMEL",
          "ELSEWHERE"
        ],
        "bz.buurtCodes": {
          "WYCKERPOORT": "BU09350400",
          "WITTEVROUWENVELD": "BU09350402",
          "NAZARETH": "BU09350403",
          "LIMMEL": "BU09350404"
        },
        "bz.unverified": [
          "WITTEVROUWENVELD"
        ]
      }
    }
  ],
  "partners": [
    {
      "slug": "envida",
      "partner": "ENVIDA",
      "name": "Envida",
      "publishes": [
        "CareEpisodeStarted",
        "CareEpisodeEnded",
        "HomeCareVisitDelivered",
        "SocialTeamIntakeCompleted",
        "PositiveHealthAssessed",
        "ReferralMade",
        "ReferralAccepted",
        "ReferralRejected",
        "ReferralCompleted",
        "CostIncurred",
        "ConsentGranted",
        "ConsentRevoked",
        "SubjectMoved",
        "ObjectionRecorded",
        "ObjectionWithdrawn"
      ]
    },
    {
      "slug": "leger-des-heils",
      "partner": "LEGER_DES_HEILS",
      "name": "Leger des Heils",
      "publishes": [
        "CareEpisodeStarted",
        "CareEpisodeEnded",
        "ShelterStayStarted",
        "ShelterStayEnded",
        "PositiveHealthAssessed",
        "ReferralMade",
        "ReferralAccepted",
        "ReferralRejected",
        "ReferralCompleted",
        "CostIncurred",
        "ConsentGranted",
        "ConsentRevoked",
        "SubjectMoved",
        "ObjectionRecorded",
        "ObjectionWithdrawn"
      ]
    },
    {
      "slug": "levanto",
      "partner": "LEVANTO",
      "name": "Levanto",
      "publishes": [
        "CareEpisodeStarted",
        "CareEpisodeEnded",
        "ContactDelivered",
        "SocialTeamIntakeCompleted",
        "ShelterStayStarted",
        "ShelterStayEnded",
        "PositiveHealthAssessed",
        "ReferralMade",
        "ReferralAccepted",
        "ReferralRejected",
        "ReferralCompleted",
        "CostIncurred",
        "ConsentGranted",
        "ConsentRevoked",
        "SubjectMoved",
        "ObjectionRecorded",
        "ObjectionWithdrawn"
      ]
    },
    {
      "slug": "metggz",
      "partner": "METGGZ",
      "name": "METggz",
      "publishes": [
        "CareEpisodeStarted",
        "CareEpisodeEnded",
        "ContactDelivered",
        "PositiveHealthAssessed",
        "ReferralMade",
        "ReferralAccepted",
        "ReferralRejected",
        "ReferralCompleted",
        "CostIncurred",
        "ConsentGranted",
        "ConsentRevoked",
        "SubjectMoved",
        "ObjectionRecorded",
        "ObjectionWithdrawn"
      ]
    },
    {
      "slug": "mondriaan",
      "partner": "MONDRIAAN",
      "name": "Mondriaan",
      "publishes": [
        "CareEpisodeStarted",
        "CareEpisodeEnded",
        "ContactDelivered",
        "PositiveHealthAssessed",
        "ReferralMade",
        "ReferralAccepted",
        "ReferralRejected",
        "ReferralCompleted",
        "CostIncurred",
        "ConsentGranted",
        "ConsentRevoked",
        "SubjectMoved",
        "ObjectionRecorded",
        "ObjectionWithdrawn"
      ]
    },
    {
      "slug": "radar",
      "partner": "RADAR",
      "name": "Radar",
      "publishes": [
        "CareEpisodeStarted",
        "CareEpisodeEnded",
        "ContactDelivered",
        "SocialTeamIntakeCompleted",
        "PositiveHealthAssessed",
        "ReferralMade",
        "ReferralAccepted",
        "ReferralRejected",
        "ReferralCompleted",
        "CostIncurred",
        "ConsentGranted",
        "ConsentRevoked",
        "SubjectMoved",
        "ObjectionRecorded",
        "ObjectionWithdrawn"
      ]
    },
    {
      "slug": "trajekt",
      "partner": "TRAJEKT",
      "name": "Trajekt",
      "publishes": [
        "CareEpisodeStarted",
        "CareEpisodeEnded",
        "ContactDelivered",
        "SocialTeamIntakeCompleted",
        "PositiveHealthAssessed",
        "ReferralMade",
        "ReferralAccepted",
        "ReferralRejected",
        "ReferralCompleted",
        "CoordinatorAssigned",
        "CoordinationEnded",
        "CostIncurred",
        "ConsentGranted",
        "ConsentRevoked",
        "SubjectMoved",
        "ObjectionRecorded",
        "ObjectionWithdrawn"
      ]
    },
    {
      "slug": "xonar",
      "partner": "XONAR",
      "name": "Xonar",
      "publishes": [
        "CareEpisodeStarted",
        "CareEpisodeEnded",
        "ContactDelivered",
        "PositiveHealthAssessed",
        "ReferralMade",
        "ReferralAccepted",
        "ReferralRejected",
        "ReferralCompleted",
        "CostIncurred",
        "ConsentGranted",
        "ConsentRevoked",
        "SubjectMoved",
        "ObjectionRecorded",
        "ObjectionWithdrawn"
      ]
    }
  ]
};
