import { childrenOf } from '../../../../shared/org/org-tree';
import { CITY_PATH, type OrgPath } from '../../../../shared/org/org-path';

export interface OrgTreeNode {
  value: OrgPath;
  title: string;
  children?: OrgTreeNode[];
}

/**
 * The org tree (city → counties → towns → villages) in antd TreeSelect's shape: the centre's once
 * synced, else the bundled one. Retired units are not offered (docs/org-tree.md).
 */
export function orgTreeData(root: OrgPath = CITY_PATH): OrgTreeNode[] {
  const build = (path: OrgPath): OrgTreeNode[] =>
    childrenOf(path).filter((u) => !u.retired).map((u) => {
      const children = build(u.path);
      return children.length ? { value: u.path, title: u.name, children } : { value: u.path, title: u.name };
    });
  return build(root);
}
