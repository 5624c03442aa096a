/**
 * AWS Certified Developer – Associate (DVA-C02).
 *
 * Exam guide DVA-C02, version 1.x, 2023 (the exam launched in February 2023; this is the revision whose
 * appendix lists Amazon CodeWhisperer, now Amazon Q Developer, and AWS Private Certificate Authority).
 * Written from the guide's "in-scope AWS services" appendix and its task statements: every service the
 * appendix lists, plus AWS Systems Manager Parameter Store, which the security and deployment task
 * statements name. Domain numbers mark the domains whose task statements name or clearly test a service.
 * Amazon CloudWatch Logs (a CloudWatch feature) is covered by Amazon CloudWatch.
 */

import type { ExamGuide } from "./types";

export const DVA: ExamGuide = {
	id: "dva",
	name: "AWS Certified Developer – Associate",
	code: "DVA-C02",
	domains: [
		{ number: 1, name: "Development with AWS Services", weight: 32 },
		{ number: 2, name: "Security", weight: 26 },
		{ number: 3, name: "Deployment", weight: 24 },
		{ number: 4, name: "Troubleshooting and Optimization", weight: 18 },
	],
	services: [
		// Analytics
		["Amazon Athena", []],
		["Amazon Kinesis", [1]],
		["Amazon OpenSearch Service", []],

		// Front-end Web & Mobile
		["AWS AppSync", [1]],
		["AWS Amplify", [3]],

		// Application Integration
		["Amazon EventBridge", [1]],
		["Amazon Simple Notification Service", [1, 4]],
		["Amazon Simple Queue Service", [1, 4]],
		["AWS Step Functions", [1]],

		// Compute
		["Amazon Elastic Compute Cloud", []],
		["AWS Elastic Beanstalk", [3]],
		["AWS Lambda", [1, 2, 3, 4]],

		// Containers
		["AWS Copilot", [3]],
		["Amazon Elastic Container Registry", [3]],
		["Amazon Elastic Container Service", [3]],
		["Amazon Elastic Kubernetes Service", []],

		// Databases
		["Amazon Aurora", [1]],
		["Amazon DynamoDB", [1, 4]],
		["Amazon ElastiCache", [1, 4]],
		["Amazon MemoryDB", [1]],
		["Amazon Relational Database Service", [1]],

		// Developer Tools
		["AWS Serverless Application Model", [1, 3]],
		["AWS Cloud9", []],
		["AWS CloudShell", []],
		["AWS CodeArtifact", [3]],
		["AWS CodeBuild", [3]],
		["AWS CodeCommit", [3]],
		["AWS CodeDeploy", [3]],
		["Amazon CodeGuru", [4]],
		["AWS CodePipeline", [3]],
		["AWS CodeStar", []],
		["AWS X-Ray", [4]],
		["AWS Cloud Development Kit", [3]],
		["AWS Command Line Interface", [2]],

		// Machine Learning
		["Amazon Q Developer", []],

		// Management & Governance
		["AWS AppConfig", [3]],
		["AWS CloudFormation", [3]],
		["AWS CloudTrail", []],
		["Amazon CloudWatch", [4]],
		["AWS Systems Manager", [2, 3]],
		["AWS Systems Manager Parameter Store", [2, 3]],

		// Networking & Content Delivery
		["Amazon API Gateway", [1, 3, 4]],
		["Amazon CloudFront", [4]],
		["Elastic Load Balancing", []],
		["Amazon Route 53", []],
		["Amazon Virtual Private Cloud", [1]],

		// Security, Identity & Compliance
		["AWS Certificate Manager", [2]],
		["AWS Private Certificate Authority", [2]],
		["Amazon Cognito", [2]],
		["AWS Identity and Access Management", [2]],
		["AWS Key Management Service", [2]],
		["AWS Secrets Manager", [2, 3]],
		["AWS Security Token Service", [2]],
		["AWS WAF", []],

		// Storage
		["Amazon Elastic Block Store", []],
		["Amazon Elastic File System", [1]],
		["Amazon Simple Storage Service", [1, 2, 3]],
		["Amazon S3 Glacier", [1]],
	],
};
