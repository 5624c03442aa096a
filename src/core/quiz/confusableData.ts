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
 * - every name is the catalog's official name (`findService(name)?.name === name`); a service the
 *   catalog lacks is left out, never spelled another way;
 * - a group has 3–7 services, none twice, and no two groups are the same;
 * - a service may be in several groups (SQS is messaging; DynamoDB is both NoSQL and "RDS or DynamoDB?");
 * - a group never holds a service and its own feature or family ("Amazon Kinesis" next to Kinesis Data
 *   Streams, "AWS VPN" next to Site-to-Site VPN, "Amazon SageMaker" next to SageMaker Canvas): one
 *   would be a second right answer for the other.
 */
export const CONFUSABLE_GROUPS: readonly (readonly string[])[] = [
	// --- Security, identity and compliance ---
	// Threat detection, vulnerability scanning, sensitive data, investigation, findings
	["Amazon GuardDuty", "Amazon Inspector", "Amazon Macie", "Amazon Detective", "AWS Security Hub"],
	// Where security findings and security data are gathered and investigated
	["AWS Security Hub", "Amazon Security Lake", "Amazon Detective", "AWS Security Incident Response"],
	// Compliance reports, audit evidence and compliance checks
	["AWS Artifact", "AWS Audit Manager", "AWS Config", "AWS Security Hub"],
	// Who did what (API calls), how resources are configured, how they perform
	["AWS CloudTrail", "AWS Config", "Amazon CloudWatch"],
	// Finding resources open to the public or to other accounts
	["AWS IAM Access Analyzer", "AWS Trusted Advisor", "Amazon Macie", "AWS Config"],
	// Identities: AWS users and roles, workforce sign-in, app users, Active Directory, temporary credentials
	["AWS Identity and Access Management", "AWS IAM Identity Center", "Amazon Cognito", "AWS Directory Service", "AWS Security Token Service"],
	// Getting temporary AWS credentials
	["AWS Security Token Service", "AWS IAM Roles Anywhere", "AWS IAM Identity Center", "Amazon Cognito"],
	// Secrets, parameters, keys and certificates
	["AWS Secrets Manager", "AWS Systems Manager Parameter Store", "AWS Key Management Service", "AWS CloudHSM", "AWS Certificate Manager"],
	// Certificates and signing
	["AWS Certificate Manager", "AWS Private Certificate Authority", "AWS Signer"],
	// DDoS, web exploits and network filtering
	["AWS Shield", "AWS WAF", "AWS Firewall Manager", "AWS Network Firewall"],

	// --- Cost management and advice ---
	// Cost and optimization advice
	["AWS Trusted Advisor", "AWS Compute Optimizer", "AWS Cost Explorer", "AWS Budgets", "AWS Cost Optimization Hub"],
	// Seeing, forecasting, alerting on and estimating spend
	["AWS Cost Explorer", "AWS Budgets", "AWS Cost and Usage Report", "AWS Pricing Calculator", "AWS Cost Anomaly Detection", "AWS Billing and Cost Management"],
	// Account checks, limits, service events and architecture reviews
	["AWS Trusted Advisor", "AWS Health Dashboard", "AWS Well-Architected Tool", "Service Quotas"],

	// --- Management, governance and operations ---
	// Multi-account governance and sharing
	["AWS Organizations", "AWS Control Tower", "AWS Service Catalog", "AWS Resource Access Manager"],
	// Approved products and templates to launch
	["AWS Service Catalog", "AWS Proton", "AWS Marketplace", "AWS Serverless Application Repository"],
	// Metrics, logs, traces and dashboards
	["Amazon CloudWatch", "AWS X-Ray", "Amazon Managed Service for Prometheus", "Amazon Managed Grafana", "AWS Distro for OpenTelemetry"],
	// Code reviews, profiling and operational insights
	["Amazon CodeGuru", "Amazon DevOps Guru", "Amazon Q Developer", "AWS X-Ray"],
	// Application configuration and feature flags
	["AWS AppConfig", "AWS Config", "AWS Systems Manager Parameter Store", "AWS Secrets Manager"],
	// Patching, configuring and imaging servers
	["AWS Systems Manager", "AWS OpsWorks", "EC2 Image Builder", "AWS Config"],
	// Ways to reach AWS: browser, shell, command line, IDE
	["AWS Management Console", "AWS CloudShell", "AWS Command Line Interface", "AWS Cloud9"],
	// Resilience assessment, fault injection, recovery readiness
	["AWS Resilience Hub", "AWS Fault Injection Service", "Amazon Application Recovery Controller", "AWS Elastic Disaster Recovery"],

	// --- Developer tools and deployment ---
	// CI/CD building blocks
	["AWS CodeCommit", "AWS CodeBuild", "AWS CodeDeploy", "AWS CodePipeline", "Amazon CodeCatalyst"],
	// Deploying and provisioning applications
	["AWS CodeDeploy", "AWS CloudFormation", "AWS Elastic Beanstalk", "AWS OpsWorks"],
	// Infrastructure as code
	["AWS CloudFormation", "AWS Cloud Development Kit", "AWS Serverless Application Model", "AWS Infrastructure Composer"],
	// Where images, packages, code and serverless apps are stored
	["Amazon Elastic Container Registry", "AWS CodeArtifact", "AWS CodeCommit", "AWS Serverless Application Repository"],

	// --- Application integration ---
	// Messaging, events and streams
	["Amazon Simple Queue Service", "Amazon Simple Notification Service", "Amazon EventBridge", "Amazon MQ", "Amazon Kinesis Data Streams"],
	// Notifications, email, SMS and campaigns
	["Amazon Simple Notification Service", "Amazon Simple Email Service", "Amazon Pinpoint", "AWS End User Messaging"],
	// Workflow orchestration and scheduling
	["AWS Step Functions", "Amazon Simple Workflow Service", "Amazon Managed Workflows for Apache Airflow", "Amazon EventBridge", "AWS Data Pipeline"],
	// API front doors
	["Amazon API Gateway", "AWS AppSync", "Elastic Load Balancing"],

	// --- Compute and containers ---
	// Where code runs
	["Amazon Elastic Compute Cloud", "AWS Lambda", "AWS Fargate", "Amazon Lightsail", "AWS Batch"],
	// Running containers and managed application platforms
	["Amazon Elastic Container Service", "Amazon Elastic Kubernetes Service", "AWS Fargate", "AWS App Runner", "AWS Elastic Beanstalk", "AWS Lambda"],
	// Simple hosting of web apps
	["AWS Amplify", "AWS Elastic Beanstalk", "AWS App Runner", "Amazon Lightsail"],
	// Containers on premises
	["Amazon ECS Anywhere", "Amazon EKS Anywhere", "Amazon EKS Distro", "AWS Outposts"],
	// AWS compute near users, on premises or at the edge
	["AWS Outposts", "AWS Local Zones", "AWS Wavelength", "AWS Snowball Edge"],
	// Batch and high-performance computing
	["AWS Batch", "AWS ParallelCluster", "AWS Parallel Computing Service"],
	// Scaling and spreading load
	["Amazon EC2 Auto Scaling", "AWS Auto Scaling", "Elastic Load Balancing"],
	// Code at the edge
	["Lambda@Edge", "CloudFront Functions", "AWS Lambda"],

	// --- Storage, backup and data movement ---
	// Object, block and file storage
	["Amazon Simple Storage Service", "Amazon Elastic Block Store", "Amazon Elastic File System", "Amazon FSx"],
	// Shared file systems
	["Amazon Elastic File System", "Amazon FSx for Windows File Server", "Amazon FSx for Lustre", "Amazon FSx for NetApp ONTAP", "Amazon FSx for OpenZFS", "Amazon File Cache"],
	// Moving data into and out of AWS
	["AWS DataSync", "AWS Storage Gateway", "AWS Transfer Family", "AWS Snowball", "AWS Database Migration Service"],
	// Backups, snapshots and disaster recovery
	["AWS Backup", "Amazon Data Lifecycle Manager", "AWS Elastic Disaster Recovery"],

	// --- Databases ---
	// Relational, data warehouse or key-value
	["Amazon Relational Database Service", "Amazon Aurora", "Amazon Aurora DSQL", "Amazon Redshift", "Amazon DynamoDB"],
	// Key-value, document and wide-column
	["Amazon DynamoDB", "Amazon DocumentDB", "Amazon Keyspaces", "Amazon MemoryDB"],
	// Graph, time series and ledger
	["Amazon Neptune", "Amazon Timestream", "Amazon Quantum Ledger Database", "Amazon Managed Blockchain", "Amazon DocumentDB"],
	// Caching and faster database access
	["Amazon ElastiCache", "Amazon DynamoDB Accelerator", "Amazon MemoryDB", "Amazon RDS Proxy", "Amazon CloudFront"],

	// --- Networking and content delivery ---
	// Connecting networks: on premises, VPCs, Regions
	["AWS Direct Connect", "AWS Site-to-Site VPN", "AWS Transit Gateway", "AWS Client VPN", "AWS Cloud WAN"],
	// Private access between VPCs and services
	["AWS PrivateLink", "AWS Transit Gateway", "Amazon VPC Lattice"],
	// User access without a VPN or a full desktop
	["AWS Verified Access", "AWS Client VPN", "Amazon WorkSpaces Secure Browser"],
	// Edge: caching, anycast IPs, DNS
	["Amazon CloudFront", "AWS Global Accelerator", "Amazon Route 53"],
	// Routing and failing over traffic between endpoints and Regions
	["Amazon Route 53", "AWS Global Accelerator", "Amazon Application Recovery Controller", "Elastic Load Balancing"],
	// Load balancer types
	["Application Load Balancer", "Network Load Balancer", "Gateway Load Balancer", "Classic Load Balancer"],

	// --- Analytics ---
	// Querying, warehousing, big data, ETL, dashboards, search
	["Amazon Athena", "Amazon Redshift", "Amazon EMR", "AWS Glue", "Amazon QuickSight", "Amazon OpenSearch Service"],
	// Preparing and transforming data
	["AWS Glue", "AWS Glue DataBrew", "Amazon EMR", "AWS Data Pipeline"],
	// Streaming data
	["Amazon Kinesis Data Streams", "Amazon Data Firehose", "Amazon Managed Service for Apache Flink", "Amazon Managed Streaming for Apache Kafka", "Amazon Kinesis Video Streams"],
	// Search
	["Amazon OpenSearch Service", "Amazon CloudSearch", "Amazon Kendra", "Amazon Q Business"],
	// Sharing and governing data
	["AWS Data Exchange", "AWS Clean Rooms", "Amazon DataZone", "AWS Lake Formation"],

	// --- Machine learning ---
	// Speech, text, translation and chatbots
	["Amazon Transcribe", "Amazon Polly", "Amazon Translate", "Amazon Comprehend", "Amazon Lex"],
	// Images, video and documents
	["Amazon Rekognition", "Amazon Textract", "Amazon Comprehend", "Amazon Lookout for Vision"],
	// Generative AI and assistants
	["Amazon Bedrock", "Amazon SageMaker JumpStart", "Amazon Q Business", "Amazon Q Developer", "Amazon Kendra"],
	// Conversational interfaces and contact centers
	["Amazon Lex", "Amazon Connect", "Amazon Q Business", "Amazon Polly"],
	// SageMaker tools: labeling, no-code, bias, models, human review
	["Amazon SageMaker Ground Truth", "Amazon SageMaker Canvas", "Amazon SageMaker Clarify", "Amazon SageMaker JumpStart", "Amazon Augmented AI"],
	// Purpose-built predictions
	["Amazon Personalize", "Amazon Forecast", "Amazon Fraud Detector", "Amazon Lookout for Metrics", "Amazon SageMaker"],
	// Anomalies in images, equipment and metrics
	["Amazon Lookout for Vision", "Amazon Lookout for Equipment", "Amazon Lookout for Metrics", "Amazon Monitron"],
	// Health data and medical language
	["Amazon Comprehend Medical", "Amazon Transcribe Medical", "Amazon HealthLake", "AWS HealthScribe", "AWS HealthImaging", "AWS HealthOmics"],

	// --- Migration ---
	// Migrating servers and databases, tracking it, and recovering servers
	["AWS Application Migration Service", "AWS Database Migration Service", "AWS Schema Conversion Tool", "AWS Migration Hub", "AWS Application Discovery Service", "AWS Elastic Disaster Recovery"],
	// Planning a migration and its cost
	["AWS Application Discovery Service", "AWS Migration Evaluator", "AWS Migration Hub", "AWS Pricing Calculator"],

	// --- End user computing, IoT and media ---
	// Desktops, streamed apps and browsers
	["Amazon WorkSpaces", "Amazon AppStream 2.0", "Amazon WorkSpaces Secure Browser", "Amazon WorkSpaces Thin Client"],
	// Collaboration and communication
	["Amazon WorkDocs", "Amazon WorkMail", "Amazon Chime", "AWS Wickr"],
	// IoT devices: connecting, edge, fleet management, security, industrial data
	["AWS IoT Core", "AWS IoT Greengrass", "AWS IoT Device Management", "AWS IoT Device Defender", "AWS IoT SiteWise"],
	// Video processing and streaming
	["AWS Elemental MediaConvert", "AWS Elemental MediaLive", "AWS Elemental MediaPackage", "Amazon Elastic Transcoder", "Amazon Interactive Video Service", "Amazon Kinesis Video Streams"],
];
