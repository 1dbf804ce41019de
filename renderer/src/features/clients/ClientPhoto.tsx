import { Avatar, Image } from '@mantine/core';
import { useClientPhoto } from '../../api/clients';
import { photoUrl } from './formatClient';

interface ClientPhotoProps {
  clientId: number;
  hasPhoto: boolean;
  name: string;
  /** Small in the record's header, large where the photo is how the officer recognizes the client (the field day). */
  size?: 'small' | 'large';
}

const SIZES = { small: { w: 56, h: 70 }, large: { w: 120, h: 150 } };

/** The client's photo, fetched (and audited) only when there is one; initials otherwise. */
export function ClientPhoto({ clientId, hasPhoto, name, size = 'large' }: ClientPhotoProps) {
  const photo = useClientPhoto(clientId, hasPhoto);
  const { w, h } = SIZES[size];
  if (photo.data) return <Image src={photoUrl(photo.data)} alt={`Photo of ${name}`} w={w} h={h} fit="cover" radius="sm" />;
  return (
    <Avatar size={w} radius="sm" alt={hasPhoto ? `Photo of ${name} loading` : `No photo of ${name}`} color="gray">
      {name
        .split(' ')
        .map((part) => part.charAt(0))
        .slice(0, 2)
        .join('')}
    </Avatar>
  );
}
