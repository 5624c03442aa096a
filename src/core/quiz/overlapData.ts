/**
 * Groups of AWS services that can often do each other's job, so that one is rarely clearly wrong where
 * another is the answer: a cache with atomic counters is ElastiCache or MemoryDB; ordered streams are
 * Kinesis Data Streams or MSK; an NFS share is EFS or FSx for OpenZFS. Public facts about AWS, written for
 * this plugin.
 *
 * Used for wrong answers: a service never stands as a wrong choice against a service it shares a group
 * with (`couldBothFit`). The confusable groups (`confusableData.ts`) say which services make good wrong
 * answers; these say which of those are too close to be wrong.
 *
 * Names as in `confusableData.ts`: any name the catalog resolves to the service (the tests check it).
 */
export const OVERLAP_GROUPS: readonly (readonly string[])[] = [
	// In-memory data stores with Redis/Valkey APIs
	["ElastiCache", "MemoryDB"],
	// Ordered, replayable streams with several consumers
	["Kinesis Data Streams", "MSK"],
	["Kinesis", "MSK"],
	// Private access to AWS services from a VPC: gateway and interface endpoints (PrivateLink)
	["VPC", "PrivateLink"],
	// Roles assumed across accounts: defined in IAM, credentials from STS
	["IAM", "STS"],
	// Disaster recovery with copies in another Region or account
	["AWS Backup", "DRS"],
	// Push notifications and SMS to people's phones
	["SNS", "Pinpoint", "End User Messaging"],
	// Managed full-text search for a site or a product catalog
	["OpenSearch Service", "CloudSearch"],
	// Shared file systems: NFS and SMB shares, home directories, lift-and-shift
	["EFS", "FSx", "FSx for OpenZFS", "FSx for NetApp ONTAP"],
	["FSx", "FSx for Windows File Server", "FSx for NetApp ONTAP", "FSx for Lustre"],
	// Secrets and configuration values, both encrypted with KMS and shareable
	["Secrets Manager", "Systems Manager Parameter Store", "Systems Manager"],
	// Application configuration values: plain parameters, or feature flags and validated config
	["Systems Manager Parameter Store", "AppConfig"],
	// Offering a service to other VPCs and accounts privately
	["PrivateLink", "VPC Lattice"],
	// Moving tens of terabytes once: over the network, or on a device
	["Snowball", "Snowball Edge", "Snow Family", "DataSync"],
	// Multi-account set-up and guardrails: Control Tower is built on Organizations
	["Organizations", "Control Tower"],
	// Workflow orchestration
	["Step Functions", "SWF", "MWAA"],
	// Relational databases: Aurora is an RDS engine
	["Aurora", "RDS"],
	// SQL over data in S3 (Redshift Spectrum, Presto and Hive on EMR)
	["Athena", "Redshift"],
	["Athena", "EMR"],
	// Temporary AWS credentials (Cognito identity pools call STS)
	["Cognito", "STS"],
	// EBS snapshot and AMI lifecycles
	["AWS Backup", "Data Lifecycle Manager"],
	// Rightsizing and cost recommendations
	["Trusted Advisor", "Compute Optimizer"],
	// Spark and ETL jobs
	["Glue", "EMR"],
	// Archive storage: Glacier storage classes are S3 storage classes
	["S3 Glacier", "S3"],
	// Fan-out of events to many targets
	["SNS", "EventBridge"],
	// A high-throughput Lustre file system in front of S3 data for HPC
	["FSx for Lustre", "Amazon File Cache"],
	// Connecting many VPCs and on-premises networks through one hub
	["Transit Gateway", "Cloud WAN"],
	// Message queues: SQS, or Amazon MQ for apps already speaking JMS, AMQP or MQTT
	["SQS", "MQ"],
	// "Just upload your code", no servers to manage: a web app on Beanstalk or App Runner, or functions
	["Elastic Beanstalk", "App Runner", "Lambda"],
	// Patch and vulnerability status of instances; findings gathered in Security Hub
	["Inspector", "Systems Manager", "Security Hub"],
	// Infrastructure as code: the CDK, SAM and Infrastructure Composer write CloudFormation templates (blind read 36)
	["CloudFormation", "CDK", "SAM", "Infrastructure Composer"],
	// Interactive SQL at scale: a warehouse, or Presto, Trino and Spark SQL on a cluster (blind read 37)
	["Redshift", "EMR"],
	// Containers with no cluster to learn: Lightsail container services or App Runner (blind read 39)
	["Lightsail", "App Runner"],
];

/**
 * Options within a service (not catalog services) of which a line said of one is often true of the
 * other: "up to 72% off, locked to an instance family" is a Standard Reserved Instance and an EC2
 * Instance Savings Plan alike. A note lists them side by side, so neither is swapped in for the other
 * nor offered as the other's wrong answer. Spellings as notes write them; plurals are matched either way.
 */
export const OPTION_OVERLAP_GROUPS: readonly (readonly string[])[] = [
	["Reserved Instances", "RIs", "Savings Plans"],
	["Standard Reserved Instances", "Standard RIs", "EC2 Instance Savings Plans"],
	["Convertible Reserved Instances", "Convertible RIs", "Compute Savings Plans"],
	["Dedicated Hosts", "Dedicated Instances"],
	["Standard-IA", "S3 Standard-IA", "One Zone-IA", "S3 One Zone-IA", "Glacier Instant Retrieval", "S3 Glacier Instant Retrieval", "Glacier IR", "S3 Glacier IR"],
	["Step scaling", "Simple scaling"],
	["io1", "io2", "io2 Block Express"],
	["gp2", "gp3"],
	["Interface endpoints", "PrivateLink"],
	// Both keep their keys in KMS (key policies, CloudTrail logs of every use); DSSE-KMS adds a second layer.
	["SSE-KMS", "DSSE-KMS"],
	// Both keep backups that nobody, root included, can delete early: a locked vault, or an air-gapped one locked by design.
	["Vault Lock", "AWS Backup Vault Lock", "Logically air-gapped vault", "Logically air-gapped vaults"],
	// Both deploy to fresh instances, with no downtime and a quick way back (blind read 36).
	["Immutable", "Immutable deployments", "Blue/green", "Blue/Green deployment", "Blue/Green via CNAME swap"],
	// Both scale ahead of a daily pattern such as business hours (blind read 37).
	["Scheduled", "Scheduled scaling", "Scheduled actions", "Predictive", "Predictive scaling"],
];

/**
 * Jobs several services do, each named by the words a use case or a cue says it with: where a
 * question's prompt says one, none of its services stands as a wrong choice against another. Unlike
 * `OVERLAP_GROUPS`, these pairs are wrong choices for each other elsewhere (Route 53 against Global
 * Accelerator for static anycast IPs), only not for this job. From second right answers of the blind
 * reads (41-63); public facts about AWS, written for this plugin.
 */
export const JOB_OVERLAPS: readonly { job: RegExp; services: readonly string[] }[] = [
	// Failover between Regions or endpoints: DNS failover, anycast endpoints, routing controls, origin groups
	{ job: /\bfail[- ]?over\b|\bactive[-/ ](?:active|passive)\b/i, services: ["Route 53", "Global Accelerator", "Application Recovery Controller", "ELB", "CloudFront"] },
	// Disaster recovery with copies in another Region or account
	{ job: /\bdisaster recovery\b|\bDR\b/, services: ["AWS Backup", "DRS", "Application Recovery Controller", "Route 53"] },
	// Near-real-time analytics on data Firehose delivers
	{ job: /\bnear[- ]real[- ]time analytics\b|\bdelivered by (?:Kinesis Data )?Firehose\b|\bstreaming ingestion\b/i, services: ["Redshift", "OpenSearch Service", "Managed Service for Apache Flink"] },
	// Session state, carts and profiles: key-value stores, in memory or not
	{ job: /\bsession (?:state|store|data)\b|\bshopping carts?\b|\buser profiles\b|\bleaderboards?\b/i, services: ["DynamoDB", "ElastiCache", "MemoryDB"] },
	// Shared file storage for many instances across AZs ("shared/persistent across tasks", blind read 115)
	{ job: /\bshared (?:file )?(?:storage|file ?systems?)\b|\bshared(?:\s*\/\s*\w+)?\s+(?:across|between|among)\b|\bmany readers\b|\bconcurrent (?:readers|access)\b/i, services: ["EFS", "FSx", "FSx for Windows File Server", "FSx for NetApp ONTAP", "FSx for OpenZFS", "FSx for Lustre", "S3"] },
	// Data kept when an instance stops: any storage but the instance's own ("→ EBS not instance store", blind read 114)
	{ job: /^(?=.*\bdata\b).*\b(?:persists?|persistent|kept|keeps?|survives?)\b[^.;]{0,40}\b(?:stops?|stopped|terminat\w*|reboots?)\b/i, services: ["EBS", "EFS", "FSx", "FSx for Windows File Server", "FSx for NetApp ONTAP", "FSx for OpenZFS", "FSx for Lustre", "S3", "S3 Glacier"] },
	// Cold, rarely read data kept cheaply
	{ job: /\bcold\b|\brarely (?:read|accessed|used)\b|\barchiv/i, services: ["S3", "S3 Glacier", "EBS", "EFS"] },
	// Threats and security findings across accounts for a security team
	{ job: /\b(?:threat|security) (?:visibility|findings)\b|\bsecurity team\b/i, services: ["GuardDuty", "Security Hub", "Detective", "Security Lake"] },
	// Digital signatures with asymmetric keys
	{ job: /\b(?:digital(?:ly)? sign|sign(?:ing|atures?) with)|\basymmetric keys?\b/i, services: ["KMS", "CloudHSM", "AWS Private CA", "AWS Signer"] },
	// Evidence that controls are in place, for auditors
	{ job: /\b(?:evidence|auditors?|compliance audit(?:ing|s)?)\b/i, services: ["AWS Config", "AWS Audit Manager", "Security Hub"] },
	// Compliance status gathered across resources: Config rules and Security Hub's standards both report it (blind read 147)
	{ job: /\bcompliance\b|\bcompliant\b/i, services: ["AWS Config", "Security Hub", "AWS Audit Manager"] },
	// One event to several consumers: SNS fan-out, EventBridge rules, a stream read by many (blind read 152)
	{ job: /\bfan[- ]?out\b|\b(?:several|multiple|many|\d+)\s+(?:\p{L}+\s+)?(?:consumers|subscribers|processing systems|systems|targets|applications)\b/iu, services: ["SNS", "EventBridge", "Kinesis Data Streams", "Kinesis", "MQ"] },
	// A continuous stream of metrics or logs to a destination: Firehose delivers it, Kinesis Data Streams carries it (blind read 153)
	{ job: /\b(?:streams?|streaming) of (?:metrics|logs|events|records)\b|\bmetric streams?\b/i, services: ["Data Firehose", "Kinesis Data Streams", "Kinesis"] },
	// Backups of volumes: AWS Backup plans, EBS snapshots, Storage Gateway's volume snapshots (blind read 151)
	{ job: /\bback(?:ed|s)?[- ]?ups?\b|\bsnapshots?\b/i, services: ["AWS Backup", "EBS", "Storage Gateway", "Data Lifecycle Manager"] },
	// Containers and compute kept in your own data center (blind read 149)
	{ job: /\bon[- ]?prem(?:ises?)?\b|\bown (?:data ?cent(?:er|re)|hardware)\b/i, services: ["Outposts", "EKS Anywhere", "ECS Anywhere", "Snowball Edge"] },
	// Logs and clickstreams gathered from many producers before analytics
	{ job: /\bclick ?streams?\b|\blogs? (?:ingestion|aggregation|collection)\b/i, services: ["MSK", "Kinesis Data Streams", "Kinesis", "Data Firehose"] },
	// Containers and jobs that outgrow Lambda's 15 minutes
	{ job: /\b(?:>|more than|longer than|over|beyond)\s*15\s*min/i, services: ["Fargate", "ECS", "EKS", "EC2", "AWS Batch", "Elastic Beanstalk"] },
	// Static IPs a client can allow-list, and UDP: NLB (an ELB) and Global Accelerator alike (blind reads 103, 137)
	{ job: /\b(?:static|fixed)(?: anycast)? IPs?\b|\b(?:white|allow)[- ]?list(?:ed|ing)? (?:fixed |static )?IPs?\b|\bUDP\b/i, services: ["NLB", "ELB", "Global Accelerator"] },
	// "a stateless app behind ____": any load balancer sits in front of one (blind read 105)
	{ job: /\bbehind\s+(?:an?\s+|the\s+)?_{4}/i, services: ["ALB", "NLB", "CLB", "ELB"] },
	// Serverless compute; container orchestration
	{ job: /\bserverless compute\b|\bno servers\b|\bwithout (?:managing )?servers\b/i, services: ["Lambda", "Fargate"] },
	// Eleven nines of durability: S3 and EFS alike (blind read 141)
	{ job: /\b11 (?:9s|nines)\b|99\.9{9}/i, services: ["S3", "EFS", "S3 Glacier"] },
	{ job: /\bcontainer orchestration\b/i, services: ["ECS", "EKS"] },
	// Aurora's storage layer (six copies across three AZs, self-healing) is DocumentDB's and Neptune's too
	{ job: /\b(?:6|six) copies\b|\bself-healing storage\b/i, services: ["Aurora", "DocumentDB", "Neptune"] },
	// Moving off commercial databases with DMS and the Schema Conversion Tool: to Aurora, RDS or Redshift alike
	{ job: /\bschema conversion\b|\bSCT\b|\bDMS\b|\bdatabase migration service\b/i, services: ["Aurora", "RDS", "Redshift", "DynamoDB", "DocumentDB"] },
	// Real-time updates pushed to clients over WebSockets: API Gateway WebSocket APIs, AppSync subscriptions, IoT Core (blind read 63)
	{ job: /\bweb ?sockets?\b|\breal[- ]time (?:chat|updates|dashboards|notifications)\b/i, services: ["API Gateway", "AppSync", "IoT Core"] },
	// Sign-in for a workforce from a corporate directory: IAM federation, IAM Identity Center, Directory Service (blind read 63)
	{ job: /\bSSO\b|\bsingle sign-on\b|\bActive Directory\b|\bexternal IdP\b/i, services: ["IAM", "IAM Identity Center", "Directory Service"] },
	// Traffic spread over stacks in several Regions: DNS policies, anycast endpoints, routing controls (blind read 67)
	{ job: /\bmulti[- ]region\b|\bacross (?:several |multiple )?regions\b/i, services: ["Route 53", "Global Accelerator", "Application Recovery Controller", "CloudFront"] },
	// Accounts handed out to teams under central guardrails: Control Tower's Account Factory is a Service Catalog product (blind read 70)
	{ job: /\baccount vending\b|\bself-service\b/i, services: ["Control Tower", "Service Catalog", "Organizations"] },
	// Traffic nobody can plan for: serverless capacity that follows it, in a database or in compute (blind reads 65, 70)
	{ job: /\bspiky\b|\bunpredictable (?:traffic|load|workloads?)\b|\bno capacity planning\b/i, services: ["DynamoDB", "Keyspaces", "Aurora", "Lambda", "Fargate"] },
	// A live copy of a database in a second Region
	{ job: /\b(?:second|2nd|another|other) region\b|\bcross-region (?:copy|copies|replicas?)\b/i, services: ["Aurora", "DynamoDB", "RDS", "S3"] },
];
