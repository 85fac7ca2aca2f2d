import { NotFoundCard } from '@/components/layout/not-found-card';

// A not-found file receives no params, and the cached 404 of an article serves every reader.
export default function PublicNotFound() {
  return <NotFoundCard />;
}
