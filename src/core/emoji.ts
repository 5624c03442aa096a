/**
 * Emoji and their glue: keycaps (`1️⃣` is a digit + U+FE0F + U+20E3), pictographs, skin tones, flags,
 * variation selectors and zero-width joiners. Notes decorate headings with them ("## 🧠 Key concepts");
 * they are no part of what a heading names. Arrows that happen to be emoji too ("A↔B", "➡️ use
 * SQS") stay: in a line they say something, and without them "A↔B and B↔C" reads "A B and B C".
 */
export const EMOJI_RE = /[0-9#*]\uFE0F?\u20E3|(?![\u2194-\u2199\u21A9\u21AA\u27A1\u2B05-\u2B07\u2934\u2935])\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0E|\uFE0F|\u200D|\u20E3/gu;

/** The text without emoji, spacing tidied: "🚉 Transit Gateway" → "Transit Gateway". */
export function withoutEmoji(text: string): string {
	return text.replace(EMOJI_RE, " ").replace(/\s+/g, " ").trim();
}
