/**
 * Emoji and their glue: keycaps (`1️⃣` is a digit + U+FE0F + U+20E3), pictographs, skin tones, flags,
 * variation selectors and zero-width joiners. Notes decorate headings with them ("## 🧠 Key concepts");
 * they are no part of what a heading names.
 */
export const EMOJI_RE = /[0-9#*]\uFE0F?\u20E3|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0E|\uFE0F|\u200D|\u20E3/gu;

/** The text without emoji, spacing tidied: "🚉 Transit Gateway" → "Transit Gateway". */
export function withoutEmoji(text: string): string {
	return text.replace(EMOJI_RE, " ").replace(/\s+/g, " ").trim();
}
