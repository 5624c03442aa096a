/**
 * AWS Certified Solutions Architect – Associate (SAA-C03).
 *
 * Exam guide SAA-C03, version 1.1, 2022 (the exam launched in August 2022).
 * Written from the guide's "in-scope AWS services" appendix and its task statements: every service the
 * appendix lists, with "Amazon FSx (for all types)" written out as its four file systems, plus Amazon RDS
 * Proxy and AWS STS, which the task statements name. Domain numbers mark the domains whose task statements
 * name or clearly test a service; an empty list is a service the appendix lists without a task singling it
 * out. Savings Plans (a pricing model) and Aurora Serverless (an Aurora feature) are covered by their entries.
 */

import { examGuide } from "./guide";
import data from "./data/saa.json";

export const SAA = examGuide(data);
