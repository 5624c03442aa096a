/**
 * AWS Certified Solutions Architect – Professional (SAP-C02).
 *
 * Exam guide SAP-C02, version 1.0, 2022 (the exam launched in November 2022).
 * Written from the guide's "in-scope AWS services" appendix and its task statements: every service the
 * appendix lists, by today's catalog names (Kinesis Data Analytics is Amazon Managed Service for Apache
 * Flink, Kinesis Data Firehose is Amazon Data Firehose), with "Amazon FSx (for all types)" written out as
 * its four file systems, plus the services the task statements name outside it (AWS Pricing Calculator,
 * AWS IAM Access Analyzer, Amazon Route 53 Resolver, AWS Site-to-Site VPN). Domain numbers mark the domains
 * whose task statements name or clearly test a service; an empty list is a service the appendix lists
 * without a task singling it out. Alexa for Business, AWS IoT Things Graph and AWS IoT 1-Click have since
 * been retired but are still in the appendix. Savings Plans (a pricing model), Amazon Aurora Serverless and
 * Amazon CloudWatch Logs (features) are covered by their entries.
 */

import { examGuide } from "./guide";
import data from "./data/sap.json";

export const SAP = examGuide(data);
