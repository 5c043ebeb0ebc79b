import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const KPI_CONFIG_FILE = path.resolve(__dirname, '../../lib/kpi/config.ts');

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The doc comment of every setting of `KpiConfig`, by dotted path (`churnRisk.cancelIntentWeight`), read
 * from lib/kpi/config.ts itself so the reference says what the code's comments say. Settings typed by
 * another interface of the file (e.g. `MinorAmountByCurrency`) get that interface's comments too.
 */
export function kpiConfigDocs(file = KPI_CONFIG_FILE): Map<string, string> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const interfaces = new Map(
    source.statements
      .filter(ts.isInterfaceDeclaration)
      .map((declaration) => [declaration.name.text, declaration]),
  );
  const docs = new Map<string, string>();
  const visit = (members: ts.NodeArray<ts.TypeElement>, prefix: string) => {
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = `${prefix}${member.name.getText(source)}`;
      const comment = ts
        .getJSDocCommentsAndTags(member)
        .filter(ts.isJSDoc)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ');
      if (comment) docs.set(name, oneLine(comment));
      if (ts.isTypeLiteralNode(member.type)) visit(member.type.members, `${name}.`);
      else if (ts.isTypeReferenceNode(member.type)) {
        const referenced = interfaces.get(member.type.typeName.getText(source));
        if (referenced) visit(referenced.members, `${name}.`);
      }
    }
  };
  const config = interfaces.get('KpiConfig');
  if (!config) throw new Error(`No interface KpiConfig in ${file}`);
  visit(config.members, '');
  return docs;
}
