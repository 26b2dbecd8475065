/**
 * The attention shape of ViT-Base: 12 layers, 12 heads, hidden size 768, so heads of width 64
 * (Dosovitskiy et al., "An Image is Worth 16x16 Words", ICLR 2021, Table 1). Used only to put a
 * scale on the attention cost; Gemini's own sizes are not published.
 */
export const VIT_BASE = { layers: 12, heads: 12, headDim: 64 } as const;
