/**
 * The per-resolution work of the page, remembered: the picture at a resolution, its patch means
 * for a patch size, and their similarities to a colour word are pure functions of those inputs.
 */
import { colourSimilarities, type colourOfWord } from '$lib/math/colour-words';
import { patchMeans, type RgbaImage } from '$lib/math/patches';
import { bitmapPixels } from './decode';
import { presetImage, type Preset } from './presets';
import { Recent, RecentOf } from '$lib/state/recent';

/** Every resolution of the slider (32…512 in steps of 16) for one preset and a few of another. */
const presetPictures = new Recent<RgbaImage>(40);
const uploadPictures = new RecentOf<ImageBitmap, RgbaImage>(32);
const means = new RecentOf<RgbaImage, [number, number, number][]>(4);
const similarities = new RecentOf<readonly (readonly number[])[], number[]>(4);

export const presetAt = (preset: Preset, side: number) =>
	presetPictures.get(`${preset}:${side}`, () => presetImage(preset, side));

export const uploadAt = (bitmap: ImageBitmap, side: number) =>
	uploadPictures.get(bitmap, String(side), () => bitmapPixels(bitmap, side));

export const meansOf = (image: RgbaImage, patch: number) =>
	means.get(image, String(patch), () => patchMeans(image, patch));

export const similaritiesOf = (
	patchMeans: readonly (readonly number[])[],
	colour: NonNullable<ReturnType<typeof colourOfWord>>
) => similarities.get(patchMeans, colour, () => colourSimilarities(patchMeans, colour));
