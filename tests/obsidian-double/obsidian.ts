/**
 * The test double of the `obsidian` module (vitest aliases `obsidian` here; the integration test
 * hands this namespace to the built `main.js` as `require("obsidian")`).
 *
 * Names, parameter orders and return types follow node_modules/obsidian/obsidian.d.ts (1.12.3);
 * `conformance.ts` has the compiler check that. Members marked "Double-only" in the doc comments
 * exist for tests and are not part of Obsidian's API (import them from this file, not from
 * "obsidian", so TypeScript sees them).
 *
 * Browser-safe: nothing here imports Node modules (the preview page bundles it). Node-only
 * helpers live in `diskVault.ts`.
 *
 * Map of the double:
 *   dom.ts            Obsidian's DOM helpers (`createEl`, `empty`, ...) and `installDomHelpers`
 *   events.ts         Events, Component, live-registration bookkeeping
 *   files.ts          TAbstractFile, TFile, TFolder
 *   vault.ts          Vault (in memory) and its adapter
 *   metadata.ts       the double's own CachedMetadata extraction
 *   MetadataCache.ts  MetadataCache: link resolution, resolved/unresolved links, async events
 *   cacheHelpers.ts   getAllTags, parseFrontMatter*, iterateCacheRefs, resolveSubpath
 *   editor.ts         Editor over a string, with undo
 *   editorInfo.ts     editorInfoField (which file a CodeMirror editor shows)
 *   views.ts          View, ItemView, FileView, TextFileView, MarkdownView, MarkdownRenderer
 *   workspace.ts      Workspace, WorkspaceLeaf and the split/tab containers
 *   components.ts     setIcon, setTooltip, Setting and its components, PluginSettingTab
 *   modal.ts          Scope, Keymap, Modal, SuggestModal, FuzzySuggestModal, Notice, Menu
 *   suggest.ts        AbstractInputSuggest, EditorSuggest, HoverPopover, Tasks (minimal)
 *   plugin.ts         Plugin, app.commands, app.viewRegistry
 *   app.ts            App, FileManager, createApp
 *   util.ts           normalizePath, debounce, parseLinktext, Platform, requestUrl, YAML, search
 */

export { App, FileManager, Plugins, SecretStorage, SettingRegistry, createApp, testManifest } from "./app";
export type { AppOptions, LiveRegistrations } from "./app";
export {
	AbstractTextComponent,
	BaseComponent,
	ButtonComponent,
	ColorComponent,
	DropdownComponent,
	ExtraButtonComponent,
	MomentFormatComponent,
	PluginSettingTab,
	ProgressBarComponent,
	SearchComponent,
	Setting,
	SettingGroup,
	SettingTab,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	ValueComponent,
	addIcon,
	displayTooltip,
	displayedTooltips,
	getIcon,
	getIconIds,
	removeIcon,
	setIcon,
	setTooltip,
} from "./components";
export type { TooltipOptions } from "./components";
export { installDomHelpers } from "./dom";
export { Component, Events, componentInfo, handlerErrors, liveRegistrations, loadResultOf } from "./events";
export type { EventRef } from "./events";
export { Editor } from "./editor";
export { editorInfoField } from "./editorInfo";
export type { EditorChange, EditorCommandName, EditorPosition, EditorRange, EditorRangeOrCaret, EditorSelection, EditorSelectionOrCaret, EditorTransaction } from "./editor";
export { TAbstractFile, TFile, TFolder } from "./files";
export type { FileStats } from "./files";
export { MetadataCache } from "./MetadataCache";
export { computeMetadata } from "./metadata";
export { getAllTags, iterateCacheRefs, iterateRefs, parseFrontMatterAliases, parseFrontMatterEntry, parseFrontMatterStringArray, parseFrontMatterTags, resolveSubpath } from "./cacheHelpers";
export { FuzzySuggestModal, Keymap, Menu, MenuItem, Modal, Notice, Scope, SuggestModal, openModals } from "./modal";
export type { FuzzyMatch, Instruction, KeymapContext, KeymapEventHandler, KeymapEventListener, KeymapInfo, Modifier } from "./modal";
export { Commands, Plugin, ViewRegistry } from "./plugin";
export type { Command, Hotkey, PluginManifest, ViewCreator } from "./plugin";
export { AbstractInputSuggest, EditorSuggest, HoverPopover, PopoverSuggest, Tasks } from "./suggest";
export type { EditorSuggestContext, EditorSuggestTriggerInfo } from "./suggest";
export {
	Platform,
	apiVersion,
	arrayBufferToBase64,
	arrayBufferToHex,
	base64ToArrayBuffer,
	debounce,
	getFrontMatterInfo,
	getLanguage,
	getLinkpath,
	hexToArrayBuffer,
	networkAttempts,
	normalizePath,
	parseLinktext,
	parseYaml,
	prepareFuzzySearch,
	prepareSimpleSearch,
	request,
	requestUrl,
	requireApiVersion,
	sortSearchResults,
	stringifyYaml,
	stripHeading,
	stripHeadingForLink,
} from "./util";
export type { Debouncer, FrontMatterInfo, RequestUrlParam, SearchMatchPart, SearchMatches, SearchResult } from "./util";
export { InMemoryAdapter, Vault } from "./vault";
export type { DataWriteOptions, ListedFiles, Stat } from "./vault";
export { EditableFileView, EmptyView, FileView, ItemView, MarkdownRenderChild, MarkdownRenderer, MarkdownView, TextFileView, View } from "./views";
export type { MarkdownFileInfo, ViewStateResult } from "./views";
export {
	Workspace,
	WorkspaceContainer,
	WorkspaceFloating,
	WorkspaceItem,
	WorkspaceLeaf,
	WorkspaceMobileDrawer,
	WorkspaceParent,
	WorkspaceRibbon,
	WorkspaceRoot,
	WorkspaceSidedock,
	WorkspaceSplit,
	WorkspaceTabs,
	WorkspaceWindow,
} from "./workspace";
export type { OpenRecord, OpenViewState, PaneType, Side, SplitDirection, ViewState } from "./workspace";
export type { CachedMetadata, EmbedCache, FrontMatterCache, HeadingCache, LinkCache, ListItemCache, Loc, Pos, ReferenceCache, SectionCache, TagCache } from "obsidian";
