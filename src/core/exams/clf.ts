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

import type { ExamGuide } from "./types";

export const CLF: ExamGuide = {
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
		["Amazon Athena", [3]],
		["AWS Data Exchange", [3]],
		["Amazon EMR", [3]],
		["AWS Glue", [3]],
		["Amazon Kinesis", [3]],
		["Amazon Managed Streaming for Apache Kafka", [3]],
		["Amazon OpenSearch Service", [3]],
		["Amazon QuickSight", [3]],
		["Amazon Redshift", [3]],

		// Application Integration
		["Amazon EventBridge", [3]],
		["Amazon Simple Notification Service", [3]],
		["Amazon Simple Queue Service", [3]],
		["AWS Step Functions", [3]],

		// Business Applications
		["Amazon Connect", [3]],
		["Amazon Simple Email Service", [3]],

		// Compute
		["AWS Batch", [3]],
		["Amazon Elastic Compute Cloud", [3, 4]],
		["AWS Elastic Beanstalk", [3]],
		["Amazon Lightsail", [3]],
		["AWS Local Zones", [3]],
		["AWS Outposts", [3]],
		["AWS Wavelength", [3]],
		["AWS Lambda", [3]],

		// Containers
		["Amazon Elastic Container Registry", [3]],
		["Amazon Elastic Container Service", [1, 3]],
		["Amazon Elastic Kubernetes Service", [1, 3]],
		["AWS Fargate", [3]],

		// Cost Management
		["AWS Billing Conductor", [4]],
		["AWS Budgets", [4]],
		["AWS Cost and Usage Report", [4]],
		["AWS Cost Explorer", [4]],
		["AWS Pricing Calculator", [4]],

		// Customer Enablement
		["AWS Marketplace", [2, 4]],
		["AWS Activate for Startups", [4]],
		["AWS IQ", [4]],
		["AWS Managed Services", [4]],
		["AWS Support", [4]],

		// Databases
		["Amazon Aurora", [3]],
		["Amazon DynamoDB", [1, 3]],
		["Amazon MemoryDB", [3]],
		["Amazon Neptune", [3]],
		["Amazon Relational Database Service", [1, 3]],

		// Developer Tools
		["AWS Command Line Interface", [3]],
		["AWS Cloud9", [3]],
		["AWS CloudShell", [3]],
		["AWS CodeArtifact", [3]],
		["AWS CodeBuild", [3]],
		["AWS CodeCommit", [3]],
		["AWS CodeDeploy", [3]],
		["AWS CodePipeline", [3]],
		["AWS CodeStar", [3]],
		["AWS X-Ray", [3]],

		// End User Computing
		["Amazon AppStream 2.0", [3]],
		["Amazon WorkSpaces", [3]],
		["Amazon WorkSpaces Secure Browser", [3]],

		// Front-end Web & Mobile
		["AWS Amplify", [3]],
		["AWS AppSync", [3]],
		["AWS Device Farm", [3]],

		// IoT
		["AWS IoT Core", [3]],
		["AWS IoT Greengrass", [3]],

		// Machine Learning
		["Amazon Comprehend", [3]],
		["Amazon Kendra", [3]],
		["Amazon Lex", [3]],
		["Amazon Polly", [3]],
		["Amazon Rekognition", [3]],
		["Amazon SageMaker", [3]],
		["Amazon Textract", [3]],
		["Amazon Transcribe", [3]],
		["Amazon Translate", [3]],

		// Management & Governance
		["AWS AppConfig", [3]],
		["AWS Auto Scaling", [3]],
		["AWS CloudFormation", [1, 3]],
		["AWS CloudTrail", [2]],
		["Amazon CloudWatch", [2, 3]],
		["AWS Compute Optimizer", [3]],
		["AWS Config", [2]],
		["AWS Control Tower", [2]],
		["AWS Health Dashboard", [4]],
		["AWS Launch Wizard", [3]],
		["AWS License Manager", [3]],
		["AWS Management Console", [3]],
		["AWS Organizations", [2, 4]],
		["AWS Resource Groups", [3]],
		["AWS Service Catalog", [3]],
		["AWS Systems Manager", [2, 3]],
		["AWS Trusted Advisor", [2, 4]],
		["AWS Well-Architected Tool", [1]],

		// Migration & Transfer
		["AWS Application Discovery Service", [3]],
		["AWS Application Migration Service", [3]],
		["AWS Database Migration Service", [1, 3]],
		["AWS Migration Hub", [3]],
		["AWS Schema Conversion Tool", [3]],
		["AWS Snow Family", [1, 3]],
		["AWS Transfer Family", [3]],

		// Networking & Content Delivery
		["Amazon API Gateway", [3]],
		["Amazon CloudFront", [3]],
		["AWS Direct Connect", [3]],
		["AWS Global Accelerator", [3]],
		["Amazon Route 53", [3]],
		["Amazon Virtual Private Cloud", [2, 3]],
		["AWS VPN", [3]],

		// Security, Identity & Compliance
		["AWS Artifact", [2]],
		["AWS Audit Manager", [2]],
		["AWS Certificate Manager", [2]],
		["AWS CloudHSM", [2]],
		["Amazon Cognito", [2]],
		["Amazon Detective", [2]],
		["AWS Directory Service", [2]],
		["AWS Firewall Manager", [2]],
		["Amazon GuardDuty", [2]],
		["AWS Identity and Access Management", [2]],
		["AWS IAM Identity Center", [2]],
		["Amazon Inspector", [2]],
		["AWS Key Management Service", [2]],
		["Amazon Macie", [2]],
		["AWS Network Firewall", [2]],
		["AWS Resource Access Manager", [2]],
		["AWS Secrets Manager", [2]],
		["AWS Security Hub", [2]],
		["AWS Shield", [2]],
		["AWS WAF", [2]],

		// Storage
		["AWS Backup", [3]],
		["Amazon Elastic Block Store", [3]],
		["Amazon Elastic File System", [3]],
		["AWS Elastic Disaster Recovery", [3]],
		["Amazon FSx", [3]],
		["Amazon Simple Storage Service", [3]],
		["Amazon S3 Glacier", [3]],
		["AWS Storage Gateway", [3]],
	],
};
