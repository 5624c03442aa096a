import { test } from "vitest";
import { allQuestions } from "../src/core/quiz/generateQuiz";
import { facts } from "./core/quiz/helpers";
const all = (title: string, lines: string[]) => [...allQuestions(facts(title, ...lines), 1).values()].flat();
test("x", () => {
	const lines = ["# IAM", "", "## Exam tips", "- roles for on-prem servers → IAM Roles Anywhere", '- "continuous block-level replication" or "CloudEndure Disaster Recovery" → DRS', "- immutable ledger with a verifiable history → QLDB", "- find PII in S3 buckets → Macie", "- threat detection from VPC Flow Logs and DNS logs → GuardDuty"];
	for (const q of all("IAM", lines)) console.log(q.kind, "|", q.prompt, "=>", q.answers, q.choices);
	const chapter = ["# Ch 9 – High availability", "", "## 9.2 EC2 Auto Scaling", "- An ASG keeps the desired number of healthy instances running across the AZs you choose.", "- Scaling policies:", "\t- **Target tracking**: keep average CPU at 50%", "\t- **Predictive**: ML forecast from past load", "\t- **Scheduled**: for known patterns, like Monday 9am"];
	for (const q of all("Ch 9 – High availability", chapter)) console.log(q.kind, "|", q.prompt, "=>", q.answers);
});
