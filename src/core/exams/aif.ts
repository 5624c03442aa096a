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

import type { ExamGuide } from "./types";

export const AIF: ExamGuide = {
	id: "aif",
	name: "AWS Certified AI Practitioner",
	code: "AIF-C01",
	domains: [
		{ number: 1, name: "Fundamentals of AI and ML", weight: 20 },
		{ number: 2, name: "Fundamentals of Generative AI", weight: 24 },
		{ number: 3, name: "Applications of Foundation Models", weight: 28 },
		{ number: 4, name: "Guidelines for Responsible AI", weight: 14 },
		{ number: 5, name: "Security, Compliance, and Governance for AI Solutions", weight: 14 },
	],
	services: [
		// Analytics
		["AWS Data Exchange", []],
		["Amazon EMR", [1]],
		["AWS Glue", [1]],
		["AWS Glue DataBrew", [1]],
		["AWS Lake Formation", [5]],
		["Amazon OpenSearch Service", [3]],
		["Amazon QuickSight", []],
		["Amazon Redshift", []],

		// Cost Management
		["AWS Budgets", []],
		["AWS Cost Explorer", []],

		// Compute
		["Amazon Elastic Compute Cloud", []],

		// Containers
		["Amazon Elastic Container Service", []],
		["Amazon Elastic Kubernetes Service", []],

		// Databases
		["Amazon Aurora", [3]],
		["Amazon DocumentDB", [3]],
		["Amazon DynamoDB", []],
		["Amazon ElastiCache", []],
		["Amazon MemoryDB", []],
		["Amazon Neptune", [3]],
		["Amazon Relational Database Service", [3]],

		// Machine Learning
		["Amazon Augmented AI", [4]],
		["Amazon Bedrock", [2, 3, 4, 5]],
		["Amazon Comprehend", [1]],
		["Amazon Fraud Detector", [1]],
		["Amazon Kendra", []],
		["Amazon Lex", [1]],
		["Amazon Personalize", [1]],
		["Amazon Polly", [1]],
		["Amazon Q", [2]],
		["Amazon Rekognition", [1]],
		["Amazon SageMaker", [1, 3, 4, 5]],
		["Amazon SageMaker JumpStart", [2, 3]],
		["Amazon SageMaker Clarify", [4]],
		["Amazon Textract", [1]],
		["Amazon Transcribe", [1]],
		["Amazon Translate", [1]],

		// Management & Governance
		["AWS CloudTrail", [5]],
		["Amazon CloudWatch", [5]],
		["AWS Config", [5]],
		["AWS Trusted Advisor", [5]],
		["AWS Well-Architected Tool", []],

		// Networking & Content Delivery
		["Amazon CloudFront", []],
		["Amazon Virtual Private Cloud", [5]],
		["AWS PrivateLink", [5]],

		// Security, Identity & Compliance
		["AWS Artifact", [5]],
		["AWS Audit Manager", [5]],
		["AWS Identity and Access Management", [5]],
		["Amazon Inspector", [5]],
		["AWS Key Management Service", [5]],
		["Amazon Macie", [5]],
		["AWS Secrets Manager", [5]],

		// Storage
		["Amazon Simple Storage Service", [1, 5]],
		["Amazon S3 Glacier", []],
	],
};
