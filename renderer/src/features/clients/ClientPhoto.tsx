import { Avatar, Image } from '@mantine/core';
import { useClientPhoto } from '../../api/clients';
import { photoUrl } from './formatClient';

interface ClientPhotoProps {
  clientId: number;
  hasPhoto: boolean;
  name: string;
}

/** The client's photo, fetched (and audited) only when there is one; initials otherwise. */
export function ClientPhoto({ clientId, hasPhoto, name }: ClientPhotoProps) {
  const photo = useClientPhoto(clientId, hasPhoto);
  if (photo.data) return <Image src={photoUrl(photo.data)} alt={`Photo of ${name}`} w={120} h={150} fit="cover" radius="sm" />;
  return (
    <Avatar size={120} radius="sm" alt={hasPhoto ? `Photo of ${name} loading` : `No photo of ${name}`} color="gray">
      {name
        .split(' ')
        .map((part) => part.charAt(0))
        .slice(0, 2)
        .join('')}
    </Avatar>
  );
}
