/**
 * AWS Certified AI Practitioner (AIF-C01).
 *
 * Exam guide AIF-C01, version 1.x, 2024 (the exam went live in 2024, after a beta that August).
 * Written from the guide's "in-scope AWS services" appendix and its task statements: every service the
 * appendix lists, plus the ones the task statements name outside it (Amazon Aurora as a vector store,
 * AWS PrivateLink, Amazon SageMaker JumpStart and Amazon SageMaker Clarify). Domain numbers mark the domains
 * whose task statements name or clearly test a service; an empty list is a service the appendix lists
 * without a task singling it out. SageMaker features without a catalog entry of their own (Data Wrangler,
 * Feature Store, Model Monitor, Model Cards) and Guardrails for Amazon Bedrock are covered by their services.
 */

import { examGuide } from "./guide";
import data from "./data/aif.json";

export const AIF = examGuide(data);
