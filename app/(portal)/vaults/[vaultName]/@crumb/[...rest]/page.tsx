// Every page without a crumb of its own matches here, so that the crumb of a plan or an item
// does not stay on the next page after a navigation within the portal.
export { default } from '../default';
