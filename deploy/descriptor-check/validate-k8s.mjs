// Validates every Kubernetes object in the given folder's *.yaml files against the API schemas that the
// kubernetes-models package generates from Kubernetes' OpenAPI: types, required fields, enums. The kustomization
// file is not an API object and is skipped.
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

const folder = process.argv[2];
let valid = 0;
let invalid = 0;
for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort()) {
  for (const document of parseAllDocuments(fs.readFileSync(path.join(folder, file), 'utf8'))) {
    const object = document.toJS();
    if (!object?.kind || object.kind === 'Kustomization') continue;
    const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
    const name = `${file}: ${object.kind} ${object.metadata?.name}`;
    try {
      const models = await import(group === '' ? `kubernetes-models/${version}` : `kubernetes-models/${group}/${version}`);
      if (!models[object.kind]) throw new Error(`unknown kind ${object.kind} in ${object.apiVersion}`);
      new models[object.kind](object).validate();
      valid++;
      console.log(`ok       ${name}`);
    } catch (error) {
      invalid++;
      console.log(`INVALID  ${name}: ${error.message}`);
    }
  }
}
console.log(`${valid} valid, ${invalid} invalid`);
process.exit(invalid === 0 && valid > 0 ? 0 : 1);
