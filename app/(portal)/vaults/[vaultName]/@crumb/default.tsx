/** Pages without a name of their own end the breadcrumb at their section. */
export default function NoCurrentCrumb() {
  return null;
}
