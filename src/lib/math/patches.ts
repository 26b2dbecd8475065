/**
 * Cutting an image into patches, as a Vision Transformer does (Dosovitskiy et al., 2021, §3.1):
 * an H × W image becomes (H/P)·(W/P) patches of P × P pixels, each flattened into one vector of
 * P·P·C numbers, row by row and channel by channel inside the patch. Pixels past the last whole
 * patch are cropped (ViT chooses sizes that divide evenly: 224 / 16 = 14, so 196 patches).
 */

export interface PatchGrid {
	cols: number;
	rows: number;
	count: number;
	/** Pixels on the right and at the bottom that fill no whole patch. */
	croppedX: number;
	croppedY: number;
}

function checkSide(name: string, value: number, min: number) {
	if (!Number.isInteger(value) || value < min) {
		throw new RangeError(`patches: ${name} must be an integer ≥ ${min}, got ${value}`);
	}
}

/** How many whole patch × patch squares fit in a width × height image. */
export function patchGrid(width: number, height: number, patch: number): PatchGrid {
	checkSide('width', width, 0);
	checkSide('height', height, 0);
	checkSide('patch', patch, 1);
	const cols = Math.floor(width / patch);
	const rows = Math.floor(height / patch);
	return {
		cols,
		rows,
		count: cols * rows,
		croppedX: width - cols * patch,
		croppedY: height - rows * patch
	};
}

/** Patches of a side × side image: (side / patch)², rounded down per side. */
export function patchCount(side: number, patch: number): number {
	return patchGrid(side, side, patch).count;
}

/** Pixels as a canvas gives them: row-major RGBA bytes (alpha is ignored here). */
export interface RgbaImage {
	width: number;
	height: number;
	data: ArrayLike<number>;
}

/**
 * The patches of an image, in reading order (left to right, then down), each flattened to
 * patch·patch·3 numbers in [0, 1]: for each pixel of the patch, row by row, its R, G, B.
 */
export function patchify(image: RgbaImage, patch: number): Float32Array[] {
	const { width, height, data } = image;
	if (data.length !== width * height * 4) {
		throw new RangeError(
			`patchify: expected ${width * height * 4} RGBA values, got ${data.length}`
		);
	}
	const { cols, rows } = patchGrid(width, height, patch);
	const out: Float32Array[] = [];
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < cols; c++) {
			const v = new Float32Array(patch * patch * 3);
			let k = 0;
			for (let y = 0; y < patch; y++) {
				let p = ((r * patch + y) * width + c * patch) * 4;
				for (let x = 0; x < patch; x++, p += 4) {
					v[k++] = data[p] / 255;
					v[k++] = data[p + 1] / 255;
					v[k++] = data[p + 2] / 255;
				}
			}
			out.push(v);
		}
	}
	return out;
}

/** Patch `index` (reading order) of patchify(image, patch), cutting out only that one. */
export function patchVector(image: RgbaImage, patch: number, index: number): Float32Array {
	const { width, height, data } = image;
	const { cols, count } = patchGrid(width, height, patch);
	if (!Number.isInteger(index) || index < 0 || index >= count) {
		throw new RangeError(`patchVector: index must be an integer in [0, ${count}), got ${index}`);
	}
	const r = Math.floor(index / cols);
	const c = index % cols;
	const v = new Float32Array(patch * patch * 3);
	let k = 0;
	for (let y = 0; y < patch; y++) {
		let p = ((r * patch + y) * width + c * patch) * 4;
		for (let x = 0; x < patch; x++, p += 4) {
			v[k++] = data[p] / 255;
			v[k++] = data[p + 1] / 255;
			v[k++] = data[p + 2] / 255;
		}
	}
	return v;
}

/**
 * The mean R, G, B (in [0, 1]) of every patch, in reading order: the same as patchMeanColour of
 * each patch of patchify, in one pass over the pixels and without cutting the patches out.
 */
export function patchMeans(image: RgbaImage, patch: number): [number, number, number][] {
	const { width, height, data } = image;
	const { cols, rows, count } = patchGrid(width, height, patch);
	const sums = new Float64Array(count * 3);
	for (let y = 0; y < rows * patch; y++) {
		const rowBase = Math.floor(y / patch) * cols;
		for (let x = 0; x < cols * patch; x++) {
			const p = (y * width + x) * 4;
			const s = (rowBase + Math.floor(x / patch)) * 3;
			sums[s] += data[p];
			sums[s + 1] += data[p + 1];
			sums[s + 2] += data[p + 2];
		}
	}
	const k = 1 / (255 * patch * patch);
	return Array.from({ length: count }, (_, i) => [
		sums[3 * i] * k,
		sums[3 * i + 1] * k,
		sums[3 * i + 2] * k
	]);
}

/** The mean R, G, B (in [0, 1]) of a flattened patch. */
export function patchMeanColour(flat: ArrayLike<number>): [number, number, number] {
	const n = flat.length / 3;
	const sum = [0, 0, 0];
	for (let i = 0; i < flat.length; i++) sum[i % 3] += flat[i];
	return n > 0 ? [sum[0] / n, sum[1] / n, sum[2] / n] : [0, 0, 0];
}
