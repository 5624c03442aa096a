/**
 * Compile-time checks (`npx tsc --noEmit`) that the double keeps Obsidian's API:
 * - free functions must be assignable to the real signatures;
 * - every public member of a real class must exist on the double's class, except those listed as
 *   known gaps (the list is the documentation of what the double leaves out).
 * Nothing here runs.
 */
import type * as O from "obsidian";
import type * as D from "./obsidian";

type Same<Real, Double extends Real> = [Real, Double];
/** Members of the real class the double lacks, minus the accepted gaps; must be `never`. */
type Missing<Real, Double, Gaps extends keyof Real = never> = Exclude<keyof Real, keyof Double | Gaps>;
type None<T extends never> = T;

export type FunctionConformance = [
	Same<typeof O.normalizePath, typeof D.normalizePath>,
	Same<typeof O.debounce, typeof D.debounce>,
	Same<typeof O.parseLinktext, typeof D.parseLinktext>,
	Same<typeof O.getLinkpath, typeof D.getLinkpath>,
	Same<typeof O.parseYaml, typeof D.parseYaml>,
	Same<typeof O.stringifyYaml, typeof D.stringifyYaml>,
	Same<typeof O.getAllTags, typeof D.getAllTags>,
	Same<typeof O.parseFrontMatterAliases, typeof D.parseFrontMatterAliases>,
	Same<typeof O.parseFrontMatterTags, typeof D.parseFrontMatterTags>,
	Same<typeof O.parseFrontMatterEntry, typeof D.parseFrontMatterEntry>,
	Same<typeof O.parseFrontMatterStringArray, typeof D.parseFrontMatterStringArray>,
	Same<typeof O.getFrontMatterInfo, typeof D.getFrontMatterInfo>,
	Same<typeof O.prepareSimpleSearch, typeof D.prepareSimpleSearch>,
	Same<typeof O.prepareFuzzySearch, typeof D.prepareFuzzySearch>,
	Same<typeof O.setIcon, typeof D.setIcon>,
	Same<typeof O.setTooltip, typeof D.setTooltip>,
	Same<typeof O.requireApiVersion, typeof D.requireApiVersion>,
	Same<typeof O.stripHeading, typeof D.stripHeading>,
	Same<typeof O.Platform, typeof D.Platform>,
];

export type ClassConformance = [
	None<Missing<O.TAbstractFile, D.TAbstractFile>>,
	None<Missing<O.TFile, D.TFile>>,
	None<Missing<O.TFolder, D.TFolder>>,
	None<Missing<O.Events, D.Events>>,
	None<Missing<O.Component, D.Component>>,
	None<Missing<O.Vault, D.Vault>>,
	None<Missing<O.DataAdapter, D.InMemoryAdapter>>,
	None<Missing<O.MetadataCache, D.MetadataCache>>,
	None<Missing<O.FileManager, D.FileManager>>,
	None<Missing<O.Editor, D.Editor>>,
	None<Missing<O.Workspace, D.Workspace>>,
	None<Missing<O.WorkspaceLeaf, D.WorkspaceLeaf>>,
	None<Missing<O.View, D.View>>,
	None<Missing<O.ItemView, D.ItemView>>,
	None<Missing<O.FileView, D.FileView>>,
	None<Missing<O.TextFileView, D.TextFileView>>,
	None<Missing<O.MarkdownView, D.MarkdownView>>,
	None<Missing<O.Plugin, D.Plugin, "onExternalSettingsChange">>,
	None<Missing<O.PluginSettingTab, D.PluginSettingTab>>,
	None<Missing<O.Setting, D.Setting>>,
	None<Missing<O.SettingGroup, D.SettingGroup>>,
	None<Missing<O.ButtonComponent, D.ButtonComponent>>,
	None<Missing<O.ExtraButtonComponent, D.ExtraButtonComponent>>,
	None<Missing<O.TextComponent, D.TextComponent>>,
	None<Missing<O.TextAreaComponent, D.TextAreaComponent>>,
	None<Missing<O.SearchComponent, D.SearchComponent>>,
	None<Missing<O.ToggleComponent, D.ToggleComponent>>,
	None<Missing<O.DropdownComponent, D.DropdownComponent>>,
	None<Missing<O.SliderComponent, D.SliderComponent>>,
	None<Missing<O.ProgressBarComponent, D.ProgressBarComponent>>,
	None<Missing<O.ColorComponent, D.ColorComponent>>,
	None<Missing<O.Modal, D.Modal>>,
	None<Missing<O.SuggestModal<unknown>, D.SuggestModal<unknown>>>,
	None<Missing<O.FuzzySuggestModal<unknown>, D.FuzzySuggestModal<unknown>>>,
	None<Missing<O.Notice, D.Notice>>,
	None<Missing<O.Menu, D.Menu>>,
	None<Missing<O.MenuItem, D.MenuItem>>,
	None<Missing<O.Scope, D.Scope>>,
	None<Missing<O.Keymap, D.Keymap>>,
	None<Missing<O.App, D.App>>,
];
