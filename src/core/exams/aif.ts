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

export const AIF = examGuide({
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
		"Data Exchange",
		"EMR|1",
		"Glue|1",
		"Glue DataBrew|1",
		"Lake Formation|5",
		"OpenSearch Service|3",
		"QuickSight",
		"Redshift",

		// Cost Management
		"Budgets",
		"Cost Explorer",

		// Compute
		"EC2",

		// Containers
		"ECS",
		"EKS",

		// Databases
		"Aurora|3",
		"DocumentDB|3",
		"DynamoDB",
		"ElastiCache",
		"MemoryDB",
		"Neptune|3",
		"RDS|3",

		// Machine Learning
		"A2I|4",
		"Bedrock|2,3,4,5",
		"Comprehend|1",
		"Fraud Detector|1",
		"Kendra",
		"Lex|1",
		"Amazon Personalize|1",
		"Polly|1",
		"Amazon Q|2",
		"Rekognition|1",
		"SageMaker|1,3,4,5",
		"SageMaker JumpStart|2,3",
		"SageMaker Clarify|4",
		"Textract|1",
		"Transcribe|1",
		"Amazon Translate|1",

		// Management & Governance
		"CloudTrail|5",
		"CloudWatch|5",
		"AWS Config|5",
		"Trusted Advisor|5",
		"Well-Architected Tool",

		// Networking & Content Delivery
		"CloudFront",
		"VPC|5",
		"PrivateLink|5",

		// Security, Identity & Compliance
		"AWS Artifact|5",
		"Audit Manager|5",
		"IAM|5",
		"Inspector|5",
		"KMS|5",
		"Macie|5",
		"Secrets Manager|5",

		// Storage
		"S3|1,5",
		"S3 Glacier",
	],
});
