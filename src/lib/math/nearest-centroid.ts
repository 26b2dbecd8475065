/**
 * Nearest-centroid classification: each class is summed up by the mean (centroid) of its
 * examples' vectors, and a vector goes to the class whose centroid is most similar to it by
 * cosine, the measure the similarity softmax uses too (so a prototype given by a description and
 * one given by examples are compared alike).
 */
import { bestClass, cosineSimilarities } from './similarity-softmax';

/** The mean of equally long vectors; undefined for none. */
export function centroid(vectors: readonly number[][]): number[] | undefined {
	if (vectors.length === 0) return undefined;
	const sum = new Array<number>(vectors[0].length).fill(0);
	for (const v of vectors) for (let d = 0; d < sum.length; d++) sum[d] += v[d];
	return sum.map((x) => x / vectors.length);
}

/** The centroid of each class 0…nClasses−1 (undefined for a class with no vector). */
export function classCentroids(
	vectors: readonly number[][],
	labels: readonly number[],
	nClasses: number
): (number[] | undefined)[] {
	const members: number[][][] = Array.from({ length: nClasses }, () => []);
	vectors.forEach((v, i) => members[labels[i]].push(v));
	return members.map(centroid);
}

/** The class whose centroid has the highest cosine with v (−1 when there is no centroid). */
export function nearestCentroid(v: number[], centroids: readonly (number[] | undefined)[]): number {
	const similarities = cosineSimilarities(v, centroids);
	return similarities.every((s) => s === -Infinity) ? -1 : bestClass(similarities);
}
