/** Names of the template rules as the panel and the settings tab show them: one table, so they agree. */

import type { RuleId } from "../core/template/spec";

export const RULE_LABEL: Readonly<Record<RuleId, string>> = {
	"missing-section": "Missing section",
	"empty-section": "Empty section",
	"duplicate-section": "Duplicate section",
	"out-of-order": "Sections out of order",
	"frontmatter-invalid": "Invalid frontmatter",
};
