import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hasEntityModel, installEntityModel } from '../core/entities/model';

/** The entity model as the extension ships it (public/ is copied into the build as is). */
export const ENTITY_MODEL_PATH = fileURLToPath(new URL('../public/ner/entities.bin', import.meta.url));

/**
 * Reads the entity model from disk and installs it, once per process. SHUTTEN_ENTITY_MODEL names
 * another file (scripts/train-ner.mjs --dev writes a model trained without the dev split).
 */
export function installNodeEntityModel(): void {
  if (hasEntityModel()) return;
  const file = readFileSync(process.env.SHUTTEN_ENTITY_MODEL || ENTITY_MODEL_PATH);
  // A Buffer may sit inside a larger pooled ArrayBuffer: hand over exactly its bytes.
  installEntityModel(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
}
