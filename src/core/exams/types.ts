/**
 * The shape of an AWS certification exam's scope, as data: its domains and the in-scope services of its
 * exam guide, named by the service catalog's official names (`src/core/links/catalogData.ts`).
 */

/** One exam domain as the guide numbers it. */
export interface ExamDomain {
	/** 1-based, as in the guide ("Domain 2"). */
	number: number;
	name: string;
	/** Share of scored content, in percent. */
	weight: number;
}

/** An exam guide's scope, written as data. */
export interface ExamGuide {
	/** Short id used in settings and the CLI: "clf", "saa", "dva", "soa", "aif", "sap". */
	id: string;
	/** "AWS Certified Solutions Architect – Associate" */
	name: string;
	/** "SAA-C03" */
	code: string;
	domains: readonly ExamDomain[];
	/**
	 * In-scope services: [catalog service name, domain numbers where the guide names or tests it].
	 * An empty domain list means in scope (listed in the appendix) with no one domain singled out.
	 */
	services: readonly (readonly [string, readonly number[]])[];
}
