// Placeholder replaced by the obsidian double's DOM helpers.
export {};
