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

import type { ExamGuide } from "./types";

export const SAA: ExamGuide = {
	id: "saa",
	name: "AWS Certified Solutions Architect – Associate",
	code: "SAA-C03",
	domains: [
		{ number: 1, name: "Design Secure Architectures", weight: 30 },
		{ number: 2, name: "Design Resilient Architectures", weight: 26 },
		{ number: 3, name: "Design High-Performing Architectures", weight: 24 },
		{ number: 4, name: "Design Cost-Optimized Architectures", weight: 20 },
	],
	services: [
		// Analytics
		["Amazon Athena", [3]],
		["AWS Data Exchange", [3]],
		["AWS Data Pipeline", [3]],
		["Amazon EMR", [3, 4]],
		["AWS Glue", [3]],
		["Amazon Kinesis", [3]],
		["AWS Lake Formation", [1, 3]],
		["Amazon Managed Streaming for Apache Kafka", [3]],
		["Amazon OpenSearch Service", [3]],
		["Amazon QuickSight", [3]],
		["Amazon Redshift", [3, 4]],

		// Application Integration
		["Amazon AppFlow", [3]],
		["Amazon EventBridge", [2]],
		["Amazon MQ", [2]],
		["Amazon Simple Notification Service", [2, 3]],
		["Amazon Simple Queue Service", [2, 3]],
		["AWS Step Functions", [2]],

		// Cost Management
		["AWS Budgets", [4]],
		["AWS Cost and Usage Report", [4]],
		["AWS Cost Explorer", [4]],

		// Compute
		["AWS Batch", [3]],
		["Amazon Elastic Compute Cloud", [2, 3, 4]],
		["Amazon EC2 Auto Scaling", [2, 3, 4]],
		["AWS Elastic Beanstalk", [2]],
		["AWS Outposts", [3]],
		["AWS Serverless Application Repository", [2]],
		["VMware Cloud on AWS", []],
		["AWS Wavelength", [3]],
		["AWS Lambda", [2, 3, 4]],

		// Containers
		["Amazon Elastic Container Registry", [2]],
		["Amazon Elastic Container Service", [2, 3]],
		["Amazon ECS Anywhere", []],
		["Amazon Elastic Kubernetes Service", [2, 3]],
		["Amazon EKS Anywhere", []],
		["Amazon EKS Distro", []],
		["AWS Fargate", [2, 3, 4]],

		// Databases
		["Amazon Aurora", [2, 3, 4]],
		["Amazon DocumentDB", [3]],
		["Amazon DynamoDB", [2, 3, 4]],
		["Amazon ElastiCache", [2, 3, 4]],
		["Amazon Keyspaces", [3]],
		["Amazon Neptune", [3]],
		["Amazon Quantum Ledger Database", [3]],
		["Amazon Relational Database Service", [1, 2, 3, 4]],
		["Amazon RDS Proxy", [2, 3]],

		// Front-end Web & Mobile
		["AWS AppSync", [2]],
		["AWS Amplify", [2]],
		["AWS Device Farm", []],

		// Business Applications
		["Amazon Pinpoint", []],

		// Machine Learning
		["Amazon Comprehend", [2]],
		["Amazon Forecast", []],
		["Amazon Fraud Detector", []],
		["Amazon Kendra", []],
		["Amazon Lex", []],
		["Amazon Polly", [2]],
		["Amazon Rekognition", []],
		["Amazon SageMaker", []],
		["Amazon Textract", []],
		["Amazon Transcribe", []],
		["Amazon Translate", []],

		// Developer Tools
		["AWS X-Ray", [2]],
		["AWS Command Line Interface", []],
		["AWS Proton", []],

		// Management & Governance
		["AWS Auto Scaling", [3]],
		["AWS CloudFormation", [2]],
		["AWS CloudTrail", [1]],
		["Amazon CloudWatch", [2, 3]],
		["AWS Compute Optimizer", [4]],
		["AWS Config", [1]],
		["AWS Control Tower", [1]],
		["AWS Health Dashboard", [2]],
		["AWS License Manager", [4]],
		["Amazon Managed Grafana", []],
		["Amazon Managed Service for Prometheus", []],
		["AWS Management Console", []],
		["AWS Organizations", [1, 4]],
		["AWS Service Catalog", []],
		["AWS Systems Manager", [1]],
		["AWS Trusted Advisor", [4]],
		["AWS Well-Architected Tool", []],

		// Media Services
		["Amazon Elastic Transcoder", []],
		["Amazon Kinesis Video Streams", [3]],

		// Migration & Transfer
		["AWS Application Discovery Service", []],
		["AWS Application Migration Service", [2]],
		["AWS Database Migration Service", [3, 4]],
		["AWS DataSync", [3, 4]],
		["AWS Migration Hub", []],
		["AWS Snow Family", [4]],
		["AWS Transfer Family", [2, 4]],

		// Networking & Content Delivery
		["Amazon API Gateway", [2, 3]],
		["AWS Client VPN", [1]],
		["Amazon CloudFront", [1, 2, 3, 4]],
		["AWS Direct Connect", [1, 3, 4]],
		["Elastic Load Balancing", [2, 3]],
		["AWS Global Accelerator", [2, 3]],
		["AWS PrivateLink", [1, 3]],
		["Amazon Route 53", [2, 3]],
		["AWS Site-to-Site VPN", [1, 3, 4]],
		["AWS Transit Gateway", [3, 4]],
		["Amazon Virtual Private Cloud", [1, 3, 4]],

		// Security, Identity & Compliance
		["AWS Artifact", [1]],
		["AWS Audit Manager", [1]],
		["AWS Certificate Manager", [1]],
		["AWS CloudHSM", [1]],
		["Amazon Cognito", [1]],
		["Amazon Detective", [1]],
		["AWS Directory Service", [1]],
		["AWS Firewall Manager", [1]],
		["Amazon GuardDuty", [1]],
		["AWS IAM Identity Center", [1]],
		["AWS Identity and Access Management", [1]],
		["Amazon Inspector", [1]],
		["AWS Key Management Service", [1]],
		["Amazon Macie", [1]],
		["AWS Network Firewall", [1]],
		["AWS Resource Access Manager", [1]],
		["AWS Secrets Manager", [1, 2]],
		["AWS Security Hub", [1]],
		["AWS Shield", [1]],
		["AWS WAF", [1]],
		["AWS Security Token Service", [1]],

		// Storage
		["AWS Backup", [1, 2, 4]],
		["Amazon Elastic Block Store", [3, 4]],
		["Amazon Elastic File System", [3, 4]],
		["Amazon FSx", [3, 4]],
		["Amazon FSx for Windows File Server", [3, 4]],
		["Amazon FSx for Lustre", [3, 4]],
		["Amazon FSx for NetApp ONTAP", [3, 4]],
		["Amazon FSx for OpenZFS", [3, 4]],
		["Amazon Simple Storage Service", [1, 2, 3, 4]],
		["Amazon S3 Glacier", [4]],
		["AWS Storage Gateway", [3, 4]],
	],
};
