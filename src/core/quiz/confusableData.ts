/**
 * Groups of AWS services that AWS certification exams commonly set against each other, because they do
 * similar or adjacent jobs ("which service investigates a GuardDuty finding?": Detective, not Inspector,
 * Macie or Security Hub). Public facts about AWS, written for this plugin.
 *
 * Used for wrong answers: when a question's answer is a service, wrong answers for that service key are
 * taken from the services it shares a group with first, and only then from the rest of its catalog
 * category, so the learner faces the choices the exams actually offer.
 *
 * Rules the tests keep:
 * - every name is one the catalog resolves to the service: its official name, that name without
 *   "Amazon"/"AWS" ("GuardDuty"), or its abbreviation ("STS"); a service the catalog lacks is left out,
 *   never spelled another way;
 * - a group has 3–7 services, none twice, and no two groups are the same;
 * - a service may be in several groups (SQS is messaging; DynamoDB is both NoSQL and "RDS or DynamoDB?");
 * - a group never holds a service and its own feature or family ("Amazon Kinesis" next to Kinesis Data
 *   Streams, "AWS VPN" next to Site-to-Site VPN, "Amazon SageMaker" next to SageMaker Canvas): one
 *   would be a second right answer for the other;
 * - CloudFront is in no caching group: a CDN key would get DAX and MemoryDB as wrong answers, which no
 *   student considers.
 *
 * The groups are data (`data/confusables.json`): by area of AWS, each group named by the job its
 * services share.
 */
import groups from "./data/confusables.json";

export const CONFUSABLE_GROUPS: readonly (readonly string[])[] = Object.values(groups).flatMap((area) => Object.values(area));
