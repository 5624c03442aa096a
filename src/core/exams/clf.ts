/**
 * AWS Certified Cloud Practitioner (CLF-C02).
 *
 * Exam guide CLF-C02, version 1.0, 2023 (the exam replaced CLF-C01 in September 2023).
 * Written from the guide's "in-scope AWS services" appendix and its task statements: every service the
 * appendix lists, plus AWS Pricing Calculator, which the billing task statements name. Domain numbers mark
 * the domains whose task statements name or clearly test a service; most of the catalogue lives in
 * Domain 3 (Cloud Technology and Services). Pricing models (Savings Plans, Reserved Instances) and
 * features the appendix lists inside a service are left out, as are concepts such as Regions.
 */

import { examGuide } from "./guide";

export const CLF = examGuide({
	id: "clf",
	name: "AWS Certified Cloud Practitioner",
	code: "CLF-C02",
	domains: [
		{ number: 1, name: "Cloud Concepts", weight: 24 },
		{ number: 2, name: "Security and Compliance", weight: 30 },
		{ number: 3, name: "Cloud Technology and Services", weight: 34 },
		{ number: 4, name: "Billing, Pricing, and Support", weight: 12 },
	],
	services: [
		// Analytics
		"Athena|3",
		"Data Exchange|3",
		"EMR|3",
		"Glue|3",
		"Kinesis|3",
		"MSK|3",
		"OpenSearch Service|3",
		"QuickSight|3",
		"Redshift|3",

		// Application Integration
		"EventBridge|3",
		"SNS|3",
		"Simple Queue Service|3",
		"Step Functions|3",

		// Business Applications
		"Amazon Connect|3",
		"Simple Email Service|3",

		// Compute
		"AWS Batch|3",
		"EC2|3,4",
		"Elastic Beanstalk|3",
		"Lightsail|3",
		"Local Zones|3",
		"Outposts|3",
		"Wavelength|3",
		"Lambda|3",

		// Containers
		"ECR|3",
		"ECS|1,3",
		"EKS|1,3",
		"Fargate|3",

		// Cost Management
		"Billing Conductor|4",
		"Budgets|4",
		"CUR|4",
		"Cost Explorer|4",
		"Pricing Calculator|4",

		// Customer Enablement
		"AWS Marketplace|2,4",
		"Activate for Startups|4",
		"IQ|4",
		"Managed Services|4",
		"AWS Support|4",

		// Databases
		"Aurora|3",
		"DynamoDB|1,3",
		"MemoryDB|3",
		"Neptune|3",
		"RDS|1,3",

		// Developer Tools
		"CLI|3",
		"Cloud9|3",
		"CloudShell|3",
		"CodeArtifact|3",
		"CodeBuild|3",
		"CodeCommit|3",
		"CodeDeploy|3",
		"CodePipeline|3",
		"CodeStar|3",
		"X-Ray|3",

		// End User Computing
		"AppStream 2.0|3",
		"WorkSpaces|3",
		"WorkSpaces Secure Browser|3",

		// Front-end Web & Mobile
		"Amplify|3",
		"AppSync|3",
		"Device Farm|3",

		// IoT
		"IoT Core|3",
		"IoT Greengrass|3",

		// Machine Learning
		"Comprehend|3",
		"Kendra|3",
		"Lex|3",
		"Polly|3",
		"Rekognition|3",
		"SageMaker|3",
		"Textract|3",
		"Transcribe|3",
		"Amazon Translate|3",

		// Management & Governance
		"AppConfig|3",
		"AWS Auto Scaling|3",
		"CloudFormation|1,3",
		"CloudTrail|2",
		"CloudWatch|2,3",
		"Compute Optimizer|3",
		"AWS Config|2",
		"Control Tower|2",
		"Health Dashboard|4",
		"Launch Wizard|3",
		"License Manager|3",
		"Management Console|3",
		"Organizations|2,4",
		"Resource Groups|3",
		"Service Catalog|3",
		"Systems Manager|2,3",
		"Trusted Advisor|2,4",
		"Well-Architected Tool|1",

		// Migration & Transfer
		"ADS|3",
		"MGN|3",
		"DMS|1,3",
		"Migration Hub|3",
		"SCT|3",
		"Snow Family|1,3",
		"Transfer Family|3",

		// Networking & Content Delivery
		"API Gateway|3",
		"CloudFront|3",
		"Direct Connect|3",
		"Global Accelerator|3",
		"Route 53|3",
		"VPC|2,3",
		"AWS VPN|3",

		// Security, Identity & Compliance
		"AWS Artifact|2",
		"Audit Manager|2",
		"Certificate Manager|2",
		"CloudHSM|2",
		"Cognito|2",
		"Detective|2",
		"Directory Service|2",
		"Firewall Manager|2",
		"GuardDuty|2",
		"IAM|2",
		"IAM Identity Center|2",
		"Inspector|2",
		"KMS|2",
		"Macie|2",
		"Network Firewall|2",
		"RAM|2",
		"Secrets Manager|2",
		"Security Hub|2",
		"Shield|2",
		"WAF|2",

		// Storage
		"AWS Backup|3",
		"Elastic Block Store|3",
		"Elastic File System|3",
		"DRS|3",
		"FSx|3",
		"S3|3",
		"S3 Glacier|3",
		"Storage Gateway|3",
	],
});
